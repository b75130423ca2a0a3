package org.papergraph.extractor.read;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The LaTeX commands the normaliser knows, by what it does with each: write a symbol or word,
 * drop the command and keep its argument, or drop the command together with its argument.
 *
 * <p>Commands not listed here are kept verbatim. Immutable and thread-safe.
 */
final class LatexVocabulary {

    /** Commands that stand for a symbol or an abbreviation, and what they become. */
    private static final Map<String, String> SYMBOLS = symbols();

    /** Math operators written as words, such as {@code \log}; they need a space before them. */
    private static final Set<String> OPERATORS = Set.of(
            "log", "ln", "exp", "min", "max", "sin", "cos", "tan", "lim", "arg", "det", "sup",
            "inf");

    /** Formatting and spacing commands that vanish, leaving their argument (if any) as text. */
    private static final Set<String> DROPPED = Set.of(
            "emph", "textbf", "textit", "texttt", "textsc", "textsf", "textrm", "textup", "textsl",
            "textmd", "textnormal", "underline", "mathrm", "mathbf", "mathit", "mathsf", "mathtt",
            "mathcal", "mathbb", "mathfrak", "mathscr", "boldsymbol", "bm", "text", "mbox", "hbox",
            "operatorname", "textsuperscript", "textsubscript", "bf", "it", "em", "rm", "sf", "tt",
            "sc", "small", "footnotesize", "large", "Large", "left", "right", "big", "Big", "bigg",
            "Bigg", "displaystyle", "textstyle", "href", "url", "footnote", "noindent", "xspace");

    /** Commands whose argument is a key (a citation, a label) and vanishes with them. */
    private static final Set<String> DROPPED_WITH_ARGUMENT = Set.of(
            "cite", "citep", "citet", "citealp", "citeauthor", "ref", "eqref", "autoref", "cref",
            "Cref", "label");

    /** Commands that are horizontal space. */
    private static final Set<String> SPACES = Set.of("quad", "qquad", "enspace", "space");

    /** Accent commands, by the command's name, and the combining mark each one puts on a letter. */
    private static final Map<String, Character> ACCENTS = Map.ofEntries(
            Map.entry("\"", '\u0308'), Map.entry("'", '\u0301'), Map.entry("`", '\u0300'),
            Map.entry("^", '\u0302'), Map.entry("~", '\u0303'), Map.entry("=", '\u0304'),
            Map.entry(".", '\u0307'), Map.entry("c", '\u0327'), Map.entry("v", '\u030C'),
            Map.entry("u", '\u0306'), Map.entry("H", '\u030B'), Map.entry("k", '\u0328'),
            Map.entry("r", '\u030A'));

    private LatexVocabulary() {}

    /** Returns what the symbol command {@code name} becomes, or {@code null} if it is not one. */
    static @Nullable String symbol(String name) {
        return SYMBOLS.get(name);
    }

    /** Returns whether {@code name} is a math operator written as a word, such as {@code log}. */
    static boolean isOperator(String name) {
        return OPERATORS.contains(name);
    }

    /** Returns whether the command {@code name} vanishes and leaves its argument as text. */
    static boolean isDropped(String name) {
        return DROPPED.contains(name);
    }

    /** Returns whether the command {@code name} vanishes together with its argument. */
    static boolean isDroppedWithArgument(String name) {
        return DROPPED_WITH_ARGUMENT.contains(name);
    }

    /** Returns whether the command {@code name} is horizontal space. */
    static boolean isSpace(String name) {
        return SPACES.contains(name);
    }

    /** Returns the combining mark of the accent command {@code name}, or {@code null}. */
    static @Nullable Character accent(String name) {
        return ACCENTS.get(name);
    }

    private static Map<String, String> symbols() {
        Map<String, String> symbols = new HashMap<>();
        put(symbols, "×", "times");
        put(symbols, "÷", "div");
        put(symbols, "±", "pm");
        put(symbols, "∓", "mp");
        put(symbols, "·", "cdot");
        put(symbols, "*", "ast");
        put(symbols, "⋆", "star");
        put(symbols, "≈", "approx");
        put(symbols, "∼", "sim");
        put(symbols, "≃", "simeq");
        put(symbols, "≡", "equiv");
        put(symbols, "∝", "propto");
        put(symbols, "≠", "neq", "ne");
        put(symbols, "≤", "leq", "le");
        put(symbols, "≥", "geq", "ge");
        put(symbols, "≪", "ll");
        put(symbols, "≫", "gg");
        put(symbols, "∞", "infty");
        put(symbols, "→", "rightarrow", "to");
        put(symbols, "←", "leftarrow", "gets");
        put(symbols, "↔", "leftrightarrow");
        put(symbols, "⇒", "Rightarrow");
        put(symbols, "⇔", "Leftrightarrow");
        put(symbols, "↑", "uparrow");
        put(symbols, "↓", "downarrow");
        put(symbols, "∈", "in");
        put(symbols, "∉", "notin");
        put(symbols, "⊂", "subset");
        put(symbols, "⊆", "subseteq");
        put(symbols, "∪", "cup");
        put(symbols, "∩", "cap");
        put(symbols, "∅", "emptyset", "varnothing");
        put(symbols, "∀", "forall");
        put(symbols, "∃", "exists");
        put(symbols, "∂", "partial");
        put(symbols, "∇", "nabla");
        put(symbols, "∑", "sum");
        put(symbols, "∏", "prod");
        put(symbols, "∫", "int");
        put(symbols, "√", "sqrt");
        put(symbols, "∘", "circ");
        put(symbols, "°", "deg", "degree");
        put(symbols, "′", "prime");
        put(symbols, "…", "ldots", "dots", "cdots");
        put(symbols, "⟨", "langle");
        put(symbols, "⟩", "rangle");
        put(symbols, "|", "mid", "vert");
        put(symbols, "ℓ", "ell");
        put(symbols, "e.g.", "eg");
        put(symbols, "i.e.", "ie");
        put(symbols, "et al.", "etal");
        put(symbols, "vs.", "vs");
        put(symbols, "cf.", "cf");
        put(symbols, "w.r.t.", "wrt");
        put(symbols, "etc.", "etc");
        put(symbols, "LaTeX", "LaTeX");
        put(symbols, "TeX", "TeX");
        put(symbols, "~", "textasciitilde");
        put(symbols, "–", "textendash");
        put(symbols, "—", "textemdash");
        putGreek(symbols);
        return Map.copyOf(symbols);
    }

    private static void putGreek(Map<String, String> symbols) {
        String[] names = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
            "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "varsigma",
            "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega"};
        for (int i = 0; i < names.length; i++) {
            String lower = String.valueOf((char) ('α' + i));
            put(symbols, lower, names[i]);
            String capitalName = Character.toUpperCase(names[i].charAt(0)) + names[i].substring(1);
            put(symbols, lower.toUpperCase(Locale.ROOT), capitalName);
        }
        put(symbols, "ε", "varepsilon");
        put(symbols, "ϑ", "vartheta");
        put(symbols, "φ", "varphi");
        put(symbols, "ϱ", "varrho");
    }

    private static void put(Map<String, String> symbols, String value, String... names) {
        for (String name : names) {
            symbols.put(name, value);
        }
    }
}

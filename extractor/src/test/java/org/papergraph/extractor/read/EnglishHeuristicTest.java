package org.papergraph.extractor.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnglishHeuristicTest {

    private static final String ENGLISH = "Transformers often fail on arithmetic. We show that the "
            + "positional encoding is the main obstacle and propose a fix that lets a small model "
            + "multiply long numbers with near-perfect accuracy.";

    @Test
    void findReason_plainEnglish_isEmpty() {
        assertThat(EnglishHeuristic.findReason(ENGLISH)).isEmpty();
    }

    @Test
    void findReason_englishFullOfFormulasAndAcronyms_isEmpty() {
        String text = "We prove an $\\Omega(n \\log n)$ bound for $k$-NN on $\\mathbb{R}^d$ with "
                + "$\\ell_2$ loss, where $x_i \\sim \\mathcal{N}(0, \\sigma^2 I)$. On CIFAR-10, "
                + "ImageNet-1K and COCO, ViT-B/16 and ResNet-50 reach 81.2% top-1 (+2.3%) at 4.1 "
                + "GFLOPs, $3.2\\times$ faster than DeiT-S, via LoRA with $r=8$ and $\\alpha=16$.";

        assertThat(EnglishHeuristic.findReason(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Große Sprachmodelle haben in den letzten Jahren beeindruckende Fortschritte bei der "
                + "Verarbeitung natürlicher Sprache erzielt. In dieser Arbeit untersuchen wir, ob "
                + "Transformer-Modelle arithmetische Aufgaben zuverlässig lösen können, und zeigen, "
                + "dass die Positionskodierung eine entscheidende Rolle spielt.",
        "Les grands modèles de langage ont réalisé des progrès impressionnants dans le traitement "
                + "automatique du langage naturel. Dans ce travail, nous étudions si les modèles "
                + "Transformer peuvent résoudre des tâches arithmétiques de manière fiable.",
        "Os grandes modelos de linguagem alcançaram avanços impressionantes no processamento de "
                + "linguagem natural. Neste trabalho, investigamos se os modelos Transformer "
                + "conseguem resolver tarefas aritméticas de forma confiável e mostramos que a "
                + "codificação posicional desempenha um papel essencial.",
        "Grote taalmodellen hebben de afgelopen jaren indrukwekkende vooruitgang geboekt in de "
                + "verwerking van natuurlijke taal. In dit werk onderzoeken we of Transformer-modellen "
                + "rekenkundige taken betrouwbaar kunnen oplossen, en we laten zien dat de positionele "
                + "codering een cruciale rol speelt."
    })
    void findReason_europeanLanguage_reportsFewEnglishWords(String text) {
        assertThat(EnglishHeuristic.findReason(text)).hasValueSatisfying(
                reason -> assertThat(reason).startsWith("is not in English: only ")
                        .endsWith(" of its words are common English words"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "近年来，大型语言模型在自然语言处理方面取得了令人瞩目的进展。我们研究了Transformer模型能否可靠地解决算术任务。",
        "За последние годы большие языковые модели достигли впечатляющих успехов в обработке "
                + "естественного языка. Мы исследуем, способны ли модели Transformer решать задачи."
    })
    void findReason_nonLatinScript_reportsFewLatinLetters(String text) {
        assertThat(EnglishHeuristic.findReason(text)).hasValueSatisfying(
                reason -> assertThat(reason).endsWith(" of its letters are Latin letters"));
    }

    @Test
    void findReason_shortForeignPhrase_isNotJudgedOnWords() {
        assertThat(EnglishHeuristic.findReason("Eine kurze Zusammenfassung.")).isEmpty();
    }

    @Test
    void findReason_fewChineseWordsInEnglish_isEmpty() {
        assertThat(EnglishHeuristic.findReason(ENGLISH + " The dataset is called 数学 (math).")).isEmpty();
    }
}

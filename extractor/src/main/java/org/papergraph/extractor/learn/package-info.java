/**
 * The trained layer of the extractor: candidate concepts of high recall from the rules, the
 * dictionary and noun-phrase spans, and linear models, trained on annotated abstracts, that decide
 * which candidates a paper's graph keeps, their kinds, which the paper proposes, how they relate,
 * and which sentences are claims.
 *
 * <p>{@link org.papergraph.extractor.learn.ExtractionModels} holds the models; {@link
 * org.papergraph.extractor.learn.ModelTrainer} builds them from gold papers; {@link
 * org.papergraph.extractor.learn.PaperDecoder} applies them to one annotated paper; {@link
 * org.papergraph.extractor.learn.CrossValidation} measures them on papers they were not trained on.
 */
@NullMarked
package org.papergraph.extractor.learn;

import org.jspecify.annotations.NullMarked;

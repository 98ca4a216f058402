/**
 * Accuracy against a gold standard and agreement between coders.
 *
 * <pre>{@code
 * GoldStandard gold = GoldStandard.read(Path.of("gold.jsonl"));      // JSONL: id, lang, text, dimensions, interpretations
 * Evaluation e = new Evaluator(Tagger.defaults()).evaluate(gold);    // tags each text in its gold language
 * e.dimensions().macroF1();                                          // NaN when undefined
 * e.misclassified();                                                 // texts whose labels differ from the gold ones
 * EvaluationJson.write(e, System.out);                               // 4 decimals, null for NaN
 *
 * CodingTable t = CodingTable.readCsv(Path.of("codes.csv"),
 *     CodingTable.CsvOptions.of(List.of("ann", "bob"), validCodes));  // codes joined by ';'
 * AgreementReport r = t.agreement(labels);                           // alpha and pairwise kappa, per label and pooled
 * }</pre>
 *
 * <p>Per label, the gold coder and the tagger each say present or absent for every text; precision, recall and F1
 * follow scikit-learn with {@code zero_division=0}, except that a label found in neither the gold standard nor the
 * predictions is undefined (NaN) and left out of the macro average. Cohen's kappa and Krippendorff's alpha come from
 * DKPro Statistics and are NaN when every coder used one and the same value. See {@code docs/evaluation.md}.
 * {@link io.github.pgtagger.evaluation.KeywordBaseline} builds the keyword-search baseline lexicons.
 */
package io.github.pgtagger.evaluation;

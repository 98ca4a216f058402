"""Can a classifier learned from the development set close the dimension gap? (docs/accuracy.md)

Reads the output of DumpFeatures.java for the development and holdout sets and prints, for the six dimensions:
the tagger with its calibrated thresholds and its errors by kind; the tagger with the thresholds that would be best on the holdout set
itself (an upper bound for any calibration, not a model); a logistic regression per label over bags of stems alone; the same
over stems plus the tagger's scores; and a learning curve of the stems-only model (random subsets of the
development set). The decision threshold of each model is chosen by 5-fold cross-validation on the training texts;
nothing is fitted on the holdout set. Needs numpy and scipy. Deterministic (fixed seeds).

Usage: python3 learned_classifier.py DEV_FEATURES.jsonl HOLDOUT_FEATURES.jsonl THRESHOLDS.properties
"""
import json
import random
import sys
from collections import Counter

import numpy as np
from scipy.optimize import minimize

LABELS = ["BODILY_FUNCTIONS", "MENTAL_WELLBEING", "MEANINGFULNESS", "QUALITY_OF_LIFE", "PARTICIPATION",
          "DAILY_FUNCTIONING"]


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def thresholds(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if "=" in line and not line.startswith("#"):
                k, v = line.strip().split("=", 1)
                out[k] = float(v)
    return out


def f1(y, p):
    tp = (y & p).sum()
    return 0.0 if tp == 0 else 2 * tp / (2 * tp + (~y & p).sum() + (y & ~p).sum())


def fit(x, y, c):
    """L2-penalised logistic regression (penalty 1/(2c) on the weights, bias free)."""
    def objective(w):
        z = x @ w[:-1] + w[-1]
        p = 1 / (1 + np.exp(-z))
        loss = np.sum(np.logaddexp(0, z) - y * z) + 0.5 * np.sum(w[:-1] ** 2) / c
        return loss, np.append(x.T @ (p - y) + w[:-1] / c, np.sum(p - y))
    return minimize(objective, np.zeros(x.shape[1] + 1), jac=True, method="L-BFGS-B").x


def matrix(rows, vocab, th, with_scores, with_stems):
    index = {k: i for i, k in enumerate(vocab)}
    extra = 12 if with_scores else 0
    x = np.zeros((len(rows), (len(vocab) if with_stems else 0) + extra))
    for i, r in enumerate(rows):
        if with_stems:
            for t in set(r["lang"] + ":" + s for s in r["toks"]):
                if t in index:
                    x[i, index[t]] = 1
        if with_scores:
            base = x.shape[1] - extra
            for j, label in enumerate(LABELS):
                s = r["scores"].get(label, 0.0)
                x[i, base + j] = 3 * s
                x[i, base + 6 + j] = 1.0 if s >= th[label] else 0.0
    return x


def model_f1(train, test, th, with_scores, with_stems, c=1.0):
    counts = Counter(t for r in train for t in set(r["lang"] + ":" + s for s in r["toks"]))
    vocab = sorted(k for k, v in counts.items() if v >= 2)
    xd = matrix(train, vocab, th, with_scores, with_stems)
    xh = matrix(test, vocab, th, with_scores, with_stems)
    folds = np.arange(len(train)) % 5
    scores = []
    for label in LABELS:
        yd = np.array([label in r["dimensions"] for r in train])
        yh = np.array([label in r["dimensions"] for r in test])
        oof = np.zeros(len(train))
        for k in range(5):
            w = fit(xd[folds != k], yd[folds != k].astype(float), c)
            oof[folds == k] = xd[folds == k] @ w[:-1] + w[-1]
        cut = max(np.arange(-3, 3, 0.1), key=lambda t: f1(yd, oof >= t))
        w = fit(xd, yd.astype(float), c)
        scores.append(f1(yh, (xh @ w[:-1] + w[-1]) >= cut))
    return float(np.mean(scores))


def main():
    dev, holdout, th = load(sys.argv[1]), load(sys.argv[2]), thresholds(sys.argv[3])
    tagger = np.mean([f1(np.array([l in r["dimensions"] for r in holdout]),
                         np.array([r["scores"].get(l, 0.0) >= th[l] for r in holdout])) for l in LABELS])
    print(f"holdout dimensions macro F1, tagger with calibrated thresholds: {tagger:.4f}")
    for name, rows in (("development", dev), ("holdout", holdout)):
        missed_no_hit = missed_low = false = false_strong = 0
        for r in rows:
            for label in LABELS:
                score, gold = r["scores"].get(label, 0.0), label in r["dimensions"]
                if gold and score < th[label]:
                    missed_no_hit += score == 0.0
                    missed_low += score > 0.0
                if not gold and score >= th[label]:
                    false += 1
                    false_strong += score >= 0.5
        print(f"{name}: missed labels {missed_no_hit + missed_low} ({missed_no_hit} without any hit of the label,"
              f" {missed_low} below the threshold), false labels {false} ({false_strong} scoring 0.5 or more)")
    grid = np.round(np.arange(0.05, 0.8, 0.01), 2)
    oracle = np.mean([max(f1(np.array([l in r["dimensions"] for r in holdout]),
                             np.array([r["scores"].get(l, 0.0) >= t for r in holdout])) for t in grid)
                      for l in LABELS])
    print(f"tagger with the best threshold per label chosen on the holdout set itself (an upper bound): {oracle:.4f}")
    print(f"logistic regression, stems only:          {model_f1(dev, holdout, th, False, True):.4f}")
    print(f"logistic regression, stems + tagger scores: {model_f1(dev, holdout, th, True, True):.4f}")
    print(f"logistic regression, tagger scores only:  {model_f1(dev, holdout, th, True, False):.4f}")
    for frac in (0.25, 0.5):
        values = []
        for seed in (1, 2):
            random.seed(seed)
            values.append(model_f1(random.sample(dev, int(len(dev) * frac)), holdout, th, False, True))
        print(f"stems only, {int(len(dev) * frac)} training texts (two random subsets): "
              + ", ".join(f"{v:.4f}" for v in values))


if __name__ == "__main__":
    main()

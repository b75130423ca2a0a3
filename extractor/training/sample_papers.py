#!/usr/bin/env python3
"""Draws the papers of extra-gold.jsonl from the arXiv corpus, as they were drawn (see README.md).

Usage: python3 sample_papers.py SHARED_DIR OUT_DIR
Writes OUT_DIR/batchN.jsonl (N = 1..120), 40 papers each: id, title and abstract with white space
normalised, the text the annotators read. Deterministic: the same corpus gives the same batches.
"""
import gzip, json, random, re, sys

shared, out = sys.argv[1], sys.argv[2]
reserved = {l.strip() for l in open(f'{shared}/eval/RESERVED-IDS.txt') if l.strip()}
train_gold = {json.loads(l)['id'] for l in open(f'{shared}/eval/train-gold.jsonl')}
seed_corpus = open(f'{shared}/corpus/trending-papers.txt').read()
ws = lambda s: re.sub(r'\s+', ' ', s).strip()
CORE = ('cs.CV', 'cs.CL', 'cs.AI', 'cs.LG', 'cs.NE')

pool = []
for line in gzip.open(f'{shared}/data/abstracts/arxiv_cs_2025_2026.jsonl.gz', 'rt'):
    d = json.loads(line)
    if d['id'] in reserved or d['id'] in train_gold or d['id'] in seed_corpus:
        continue
    if 600 <= len(ws(d['abstract'])) <= 1900:  # the length range of train-gold.jsonl
        pool.append(d)

batches = []
used = set()
# the draws, as the work was done: 160, 160 and 320 papers (batches 1-16), then eight of 160 a stop
# later (batches 17-48), then eight more of 160 (batches 49-80), then six more of 160 (batches
# 81-104), then four more of 160 (batches 105-120), each half from the whole corpus and half from
# the five core categories, interleaved, in batches of 40; a later draw never changes an earlier
# one's batches
DRAWS = ((20261206, 80), (20261207, 80), (20261208, 160),
         (20261209, 80), (20261210, 80), (20261211, 80), (20261212, 80),
         (20261213, 80), (20261214, 80), (20261215, 80), (20261216, 80),
         (20261217, 80), (20261218, 80), (20261219, 80), (20261220, 80),
         (20261221, 80), (20261222, 80), (20261223, 80), (20261224, 80),
         (20261225, 80), (20261226, 80), (20261227, 80), (20261228, 80),
         (20261229, 80), (20261230, 80),
         (20261231, 80), (20261232, 80), (20261233, 80), (20261234, 80))
for seed, half in DRAWS:
    candidates = [r for r in pool if r['id'] not in used]
    rnd = random.Random(seed)
    whole = rnd.sample(candidates, half)
    taken = {r['id'] for r in whole}
    core = rnd.sample([r for r in candidates if r['primary_category'] in CORE and r['id'] not in taken], half)
    papers = [p for pair in zip(whole, core) for p in pair]
    used |= {p['id'] for p in papers}
    batches += [papers[i:i + 40] for i in range(0, len(papers), 40)]

for n, batch in enumerate(batches, 1):
    with open(f'{out}/batch{n}.jsonl', 'w') as f:
        for d in batch:
            f.write(json.dumps({'id': d['id'], 'title': ws(d['title']), 'abstract': ws(d['abstract'])}, ensure_ascii=False) + '\n')
print(f'{len(batches)} batches, {sum(map(len, batches))} papers, from a pool of {len(pool)}')

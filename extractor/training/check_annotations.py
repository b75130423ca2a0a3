#!/usr/bin/env python3
"""check_annotations.py BATCH.jsonl ANNOTATIONS.jsonl: the mechanical checks every annotation file passed.

BATCH.jsonl is a batch written by sample_papers.py (id, title, abstract); exit status 1 when a
problem is found. "note" lines are allowed departures (a claim slot that is not an entity).
"""
import json, re, sys
TYPES={'Method','Architecture','Task','Dataset','Metric'}
PREDS={'instanceOf','basedOn','usesMethod','addresses','evaluatedOn','outperforms','comparedWith'}
batch={}
for l in open(sys.argv[1]):
    d=json.loads(l); batch[d['id']]=d
errors=0; seen=set()
def err(pid,msg):
    global errors; errors+=1; print(f'{pid}: {msg}')
for n,l in enumerate(open(sys.argv[2]),1):
    if not l.strip(): continue
    try: a=json.loads(l)
    except Exception as e: err(f'line {n}', f'not JSON: {e}'); continue
    pid=a.get('id')
    if pid not in batch: err(f'line {n}', f'id {pid!r} is not in the batch'); continue
    if pid in seen: err(pid,'annotated twice')
    seen.add(pid)
    p=batch[pid]; text=(p['title']+' \n '+p['abstract']); low=text.lower()
    if a.get('title')!=p['title']: err(pid,'title differs from the batch')
    names={}
    for e in a.get('entities',[]):
        if e.get('type') not in TYPES: err(pid,f"entity {e.get('name')!r}: bad type {e.get('type')!r}")
        if not isinstance(e.get('proposed'),bool): err(pid,f"entity {e.get('name')!r}: proposed must be true/false")
        for f in [e.get('name')]+list(e.get('aliases',[])):
            if not f or not isinstance(f,str): err(pid,f'empty name/alias in {e}'); continue
            fl=f.lower()
            if fl not in low and fl.rstrip('s') not in low and fl+'s' not in low and fl+'es' not in low and not (fl.endswith('y') and fl[:-1]+'ies' in low) and fl.replace('-',' ') not in low.replace('-',' '):
                err(pid,f'name/alias {f!r} does not occur in title or abstract')
            names[fl]=e['name']
    for r in a.get('relations',[]):
        if r.get('predicate') not in PREDS: err(pid,f'bad predicate in {r}')
        for k in ('subject','object'):
            if str(r.get(k,'')).lower() not in names: err(pid,f'relation {k} {r.get(k)!r} is not an entity name or alias')
    for c in a.get('claims',[]):
        s=c.get('sentence','')
        if s not in p['abstract'] and s not in p['title']: err(pid,f'claim sentence not found verbatim: {s[:70]!r}')
        if c.get('kind') not in ('quantitative','qualitative'): err(pid,f'bad claim kind {c.get("kind")!r}')
        if c.get('kind')=='quantitative':
            v=c.get('value')
            if not v: err(pid,f'quantitative claim without value: {s[:60]!r}')
            elif v not in s: err(pid,f'value {v!r} not in its sentence')
        for k in ('subject','metric','dataset'):
            if c.get(k) and str(c[k]).lower() not in names: print(f'{pid}: note (allowed, check it is meant): claim {k} {c[k]!r} is not an entity of the paper')
        for x in c.get('comparedTo',[]) if isinstance(c.get('comparedTo'),list) else ([c['comparedTo']] if c.get('comparedTo') else []):
            if str(x).lower() not in names: print(f'{pid}: note (allowed, check it is meant): claim comparedTo {x!r} is not an entity of the paper')
missing=set(batch)-seen
for m in sorted(missing): err(m,'not annotated yet')
print(f'{len(seen)} papers annotated, {len(missing)} missing, {errors} problems')
sys.exit(1 if errors else 0)

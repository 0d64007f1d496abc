# Turns the probe's outputs (gen-3.10.13.json ... gen-3.14.json in the working directory) into the
# entries of lib/sim/objects/cpython-type-dicts.ts (printed; paste them between the braces).
import json
vers=['3.10','3.11','3.12','3.13','3.14']
data={}
for f in ['3.10.13','3.11.7','3.12.1','3.13.0','3.14']:
    data.update(json.load(open(f'gen-{f}.json')))
K={'method_descriptor':'m','classmethod_descriptor':'c','wrapper_descriptor':'w','staticmethod':'s','builtin_function_or_method':'n',
   'getset_descriptor':'g','member_descriptor':'d','NoneType':'x','str':'t','none':None}
def vspec(present):
    mins=[int(v.split('.')[1]) for v in vers if v in present]
    allm=[10,11,12,13,14]
    if mins==allm: return ''
    # runs
    runs=[];
    for m in mins:
        if runs and runs[-1][1]==m-1: runs[-1][1]=m
        else: runs.append([m,m])
    parts=[]
    for a,b in runs:
        if b==14 and a!=14: parts.append(f'{a}+')
        elif a==10 and b!=10: parts.append(f'-{b}')
        elif a==b: parts.append(f'{a}')
        else: parts.append(f'{a}-{b}')
    return '@'+','.join(parts)
keys=[]
for v in vers:
    for k in data[v]:
        if k not in keys: keys.append(k)
lines=[]
for k in keys:
    names=[]
    for v in vers:
        for n in data[v].get(k,{}):
            if n not in names: names.append(n)
    ents=[]
    for n in sorted(names):
        bykind={}
        for v in vers:
            if n in data[v].get(k,{}) and K[data[v][k][n]] is not None:
                bykind.setdefault(K[data[v][k][n]], set()).add(v)
        for kind, present in bykind.items():
            ents.append(f'{n}:{kind}{vspec(present)}')
    tp = {v for v in vers if k in data[v]}
    lines.append((k, ' '.join(ents), vspec(tp)))
for k,e,tv in lines:
    # wrap at ~110 chars
    chunks=[]; cur=''
    for tok in e.split(' '):
        if len(cur)+len(tok)+1>100: chunks.append(cur); cur=tok
        else: cur = (cur+' '+tok) if cur else tok
    chunks.append(cur)
    body=(" +\n    ").join("'"+c+(" '" if i<len(chunks)-1 else "'") for i,c in enumerate(chunks))
    print(f"  {k}:\n    {body},")

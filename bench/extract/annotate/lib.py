"""Annotation helpers: each reference is written as a loader-format JSON; every evidence must be verbatim."""
import json, os, sys, re
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
class Doc:
    def __init__(self, pid, title):
        self.pid = pid
        self.text = open(os.path.join(HERE, 'pages', f'{pid}.txt')).read()
        self.nodes = [{"id": pid, "type": "Document", "name": title, "file": f"{pid}.txt"}]
        self.rels = []
    def ev(self, e):
        assert e in self.text, f'{self.pid}: evidence not in text: {e!r}'
        return [{"document": self.pid, "evidence": e}]
    def n(self, type, id, name, e, **props):
        self.nodes.append({"id": id, "type": type, "name": name, **props, "mentions": self.ev(e)})
    def c(self, code, e):
        self.nodes.append({"id": f"country-{code.lower()}", "type": "Country", "code": code, "mentions": self.ev(e)})
    def r(self, type, s, t, e, **props):
        ids = {x['id'] for x in self.nodes}
        assert s in ids and t in ids, f'{self.pid}: unknown endpoint {s} {t}'
        self.rels.append({"type": type, "source": s, "target": t, **props, "mentions": self.ev(e)})
    def save(self):
        json.dump({"nodes": self.nodes, "relationships": self.rels}, open(os.path.join(HERE, 'reference', f'{self.pid}.json'), 'w'), indent=1, ensure_ascii=False)
        print(self.pid, len(self.nodes) - 1, 'entities', len(self.rels), 'relationships')

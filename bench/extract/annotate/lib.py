import json, sys, re
class Doc:
    def __init__(self, pid, title):
        self.pid = pid
        self.text = open(f'' + __import__("os").path.join(__import__("os").path.dirname(__file__), "..") + '/pages/{pid}.txt').read()
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
        json.dump({"nodes": self.nodes, "relationships": self.rels}, open(f'' + __import__("os").path.join(__import__("os").path.dirname(__file__), "..") + '/reference/{self.pid}.json', 'w'), indent=1, ensure_ascii=False)
        print(self.pid, len(self.nodes) - 1, 'entities', len(self.rels), 'relationships')

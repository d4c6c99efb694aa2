#!/usr/bin/env python3
"""Helps keep the Qt Linguist files complete.

  ts_tool.py dump  FILE.ts [--contexts A,B] > todo.json   unfinished messages as JSON
  ts_tool.py apply FILE.ts done.json                       fill translations from JSON
  ts_tool.py mirror FILE.ts                                 translation = source (the en file)
  ts_tool.py stats FILE.ts                                  counts per context

JSON entries: {"context": ..., "source": ..., "comment": ..., "translation": ...}; numerus forms
are given as a list under "numerus".
"""
import json
import re
import sys
import xml.etree.ElementTree as ET


def english_forms(source):
    """Singular and plural of a source written with "(s)": "row(s) were" → "row was" / "rows were"."""
    singular = re.sub(r"\(s\) were\b", " was", source)
    singular = re.sub(r"\((?:e?s)\)", "", singular)
    # The pronouns that refer back to the counted thing.
    for many, one in (("out of their grid", "out of its grid"), ("Save them", "Save it"),
                      ("and their scans", "and its scans"), (": each keeps its cells", ": it keeps its cells")):
        singular = singular.replace(many, one)
    plural = re.sub(r"\((e?s)\)", r"\1", source)
    return [singular, plural]


def load(path):
    tree = ET.parse(path)
    return tree, tree.getroot()


def save(tree, path):
    tree.write(path, encoding="utf-8", xml_declaration=True)
    # Qt Linguist writes a DOCTYPE; keep the file recognisable to it.
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if "<!DOCTYPE TS>" not in text:
        text = text.replace("?>", "?>\n<!DOCTYPE TS>", 1)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def messages(root):
    for ctx in root.findall("context"):
        name = ctx.findtext("name")
        for msg in ctx.findall("message"):
            yield name, msg


def main():
    cmd, path = sys.argv[1], sys.argv[2]
    tree, root = load(path)
    if cmd == "dump":
        only = None
        if "--contexts" in sys.argv:
            only = set(sys.argv[sys.argv.index("--contexts") + 1].split(","))
        out = []
        for ctx, msg in messages(root):
            tr = msg.find("translation")
            if only and ctx not in only:
                continue
            if tr is not None and tr.get("type") not in ("unfinished",) and (tr.text or msg.get("numerus")):
                continue
            entry = {"context": ctx, "source": msg.findtext("source"), "translation": ""}
            if msg.findtext("comment"):
                entry["comment"] = msg.findtext("comment")
            if msg.get("numerus") == "yes":
                entry["numerus"] = [""]
            out.append(entry)
        json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    elif cmd == "apply":
        with open(sys.argv[3], encoding="utf-8") as f:
            done = {(e["context"], e["source"]): e for e in json.load(f)}
        n = 0
        for ctx, msg in messages(root):
            e = done.get((ctx, msg.findtext("source")))
            if not e:
                continue
            tr = msg.find("translation")
            if tr is None:
                tr = ET.SubElement(msg, "translation")
            if msg.get("numerus") == "yes":
                forms = e.get("numerus") or [e.get("translation", "")]
                if not any(forms):
                    continue
                for child in list(tr):
                    tr.remove(child)
                tr.text = None
                for form in forms:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                if not e.get("translation"):
                    continue
                tr.text = e["translation"]
            tr.attrib.pop("type", None)
            n += 1
        save(tree, path)
        print(f"applied {n}")
    elif cmd == "mirror":
        for ctx, msg in messages(root):
            tr = msg.find("translation")
            if tr is None:
                tr = ET.SubElement(msg, "translation")
            if msg.get("numerus") == "yes":
                # English has two forms: "%n household(s)" → "%n household" and "%n households".
                for child in list(tr):
                    tr.remove(child)
                for form in english_forms(msg.findtext("source")):
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = msg.findtext("source")
            tr.attrib.pop("type", None)
        save(tree, path)
    elif cmd == "stats":
        counts = {}
        for ctx, msg in messages(root):
            tr = msg.find("translation")
            unfinished = tr is None or tr.get("type") == "unfinished"
            total, todo = counts.get(ctx, (0, 0))
            counts[ctx] = (total + 1, todo + (1 if unfinished else 0))
        for ctx, (total, todo) in sorted(counts.items()):
            print(f"{ctx:40} {total:5} {todo:5}")


if __name__ == "__main__":
    main()

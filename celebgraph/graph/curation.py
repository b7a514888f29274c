"""The curation log: the user's decisions, stored in the graph and applied after every ingest.

Each decision is one ``(:Curation {seq, action, person, other, article, fact, relation, start,
end, date, note, at, undone, state})`` node (docs/CURATION.md). Decisions about people name
them by their *mentions* ("article: name"), which outlive any person id an ingest or a
re-resolution gives them; decisions about facts name them by fact id (``curated_facts``).
``apply`` replays every decision not undone, in order, after each ingest and removal: each
replay changes nothing when the graph already agrees with it. ``undo`` reverses one decision
and replays the rest.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any

from celebgraph.errors import CurationError, UnknownArticleError, UnknownFactError
from celebgraph.graph import curated_facts as cf
from celebgraph.graph.cypher import Dialect
from celebgraph.graph.model import slugify
from celebgraph.graph.queries import find_person
from celebgraph.graph.rewrite import DocState, mention_names, move, read_doc, write_doc
from celebgraph.graph.store import GraphStore, Row, Tx
from celebgraph.graph.writer import lock_claims, remove_articles_tx

__all__ = ["apply", "assert_fact", "correct", "describe", "find_article", "log", "merge",
           "person_rows", "reject", "retract", "split", "undo"]

_FIELDS = ("person", "other", "article", "fact", "relation", "start", "end", "date")
Redirect = Callable[[str], str]


def _doc(entry: str) -> str:
    return entry.partition(": ")[0]


def log(store: GraphStore) -> list[Row]:
    """Every decision, oldest first, each with ``state`` decoded and ``what`` it did."""
    rows = store.read(store.text("CURATION_LOG"))
    for row in rows:
        row["state"] = json.loads(row["state"] or "{}")
        row["what"] = describe(row)
    return rows


def describe(rec: Row) -> str:
    """One line saying what a decision does."""
    dates = ", ".join(f"{k} {rec[k]}" for k in ("start", "end", "date") if rec.get(k))
    text = {
        "merge": f"'{rec['other']}' and '{rec['person']}' are one person",
        "split": f"the names of {rec['article']} in '{rec['person']}' are their own person "
                 f"('{rec['state'].get('new')}')",
        "retract": f"the claims of {rec['article']} no longer count",
        "reject": f"{rec['fact']} is not true",
        "assert": f"{rec['fact']}{' (' + dates + ')' if dates else ''}, said by the user",
        "correct": f"{rec['fact']}: {dates}",
    }[rec["action"]]
    return text + (f" (undone {rec['undone']})" if rec.get("undone") else "")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _redirect(records: Iterable[Row]) -> Redirect:
    """A person id → the person it is now, through the merges in force."""
    into = {r["other"]: r["person"] for r in records
            if r["action"] == "merge" and not r.get("undone")}

    def follow(pid: str) -> str:
        seen = {pid}
        while pid in into and into[pid] not in seen:
            pid = into[pid]
            seen.add(pid)
        return pid

    return follow


def _take(store: GraphStore, action: str, note: str | None, state: Row, **fields: Any) -> Row:
    """Record one decision and apply it, in one transaction."""
    records = log(store)
    rec = {**dict.fromkeys(_FIELDS), **fields, "action": action, "note": note, "at": _now(),
           "undone": None, "state": state,
           "seq": max((r["seq"] for r in records), default=0) + 1}
    if action in ("assert", "correct"):
        rec["state"] = {"claim": cf.user_claim(rec["seq"], f"{action}ed", note,
                                               {k: fields[k] for k in ("start", "end", "date")
                                                if fields.get(k)})}

    def work(tx: Tx) -> None:
        lock_claims(tx, store.dialect)
        rec["state"] = _APPLY[action](tx, store.dialect, rec, _redirect(records)) or rec["state"]
        params = {k: rec[k] for k in (*_FIELDS, "seq", "action", "note", "at") if k != "end"}
        tx.run(store.text("CURATION_ADD"), {**params, "until": rec["end"],
                                            "state": json.dumps(rec["state"])})

    store.write(work)
    store.settle()
    rec["what"] = describe(rec)
    return rec


def apply(store: GraphStore) -> int:
    """Replay every decision in force, in order (after an ingest); how many there are."""
    records = log(store)
    active = [r for r in records if not r["undone"]]
    if not active:
        return 0
    redirect = _redirect(records)

    def work(tx: Tx) -> None:
        lock_claims(tx, store.dialect)
        for rec in active:
            state = _APPLY[rec["action"]](tx, store.dialect, rec, redirect)
            if state is not None and state != rec["state"]:
                tx.run(store.text("CURATION_STATE"), {"seq": rec["seq"],
                                                      "state": json.dumps(state)})

    store.write(work)
    return len(active)


def undo(store: GraphStore, seq: int) -> Row:
    """Reverse decision ``seq`` and replay the others; it stays in the log, marked undone."""
    records = log(store)
    rec = next((r for r in records if r["seq"] == seq), None)
    if rec is None:
        raise CurationError(f"no curation #{seq}: `celebgraph curation list` shows the "
                            "decisions and their numbers")
    if rec["undone"]:
        raise CurationError(f"curation #{seq} was undone already ({rec['undone']})")
    rec["undone"] = _now()
    redirect = _redirect(records)  # with this merge (if it is one) counted as undone

    def work(tx: Tx) -> None:
        lock_claims(tx, store.dialect)
        _UNDO[rec["action"]](tx, store.dialect, rec, redirect)
        tx.run(store.text("CURATION_UNDONE"), {"seq": seq, "at": rec["undone"]})

    store.write(work)
    apply(store)
    store.settle()
    rec["what"] = describe(rec)
    return rec


# ---- people ----
def _holders(tx: Tx, dialect: Dialect, entries: Iterable[str]) -> dict[str, set[str]]:
    """Person id → which of these mentions ("article: name") they hold now."""
    wanted = set(entries)
    out: dict[str, set[str]] = defaultdict(set)
    for doc in sorted({_doc(e) for e in wanted}):
        pids = [r["id"] for r in tx.run(dialect.texts["ARTICLE_PEOPLE"], {"id": doc})]
        for row in tx.run(dialect.texts["PEOPLE_STATE"], {"ids": pids}):
            held = wanted & set(row["mentions"] or [])
            if held:
                out[row["id"]] |= held
    return out


def _docs_of(tx: Tx, dialect: Dialect, pid: str) -> list[str]:
    rows = tx.run(dialect.texts["PEOPLE_STATE"], {"ids": [pid]})
    return sorted({_doc(m) for r in rows for m in r["mentions"] or []})


def _free_id(tx: Tx, dialect: Dialect, name: str) -> str:
    base = slugify(name)
    pid, n = base, 1
    while tx.run(dialect.texts["EXISTING_IDS_ONE"], {"id": pid}):
        n += 1
        pid = f"{base}-{n}"
    return pid


def _apply_merge(tx: Tx, dialect: Dialect, rec: Row, _: Redirect) -> Row | None:
    a, b = set(rec["state"]["a"]), set(rec["state"]["b"])
    holders = _holders(tx, dialect, a | b)
    if len(holders) < 2:
        return None
    target = rec["person"] if rec["person"] in holders else max(
        holders, key=lambda pid: (len(holders[pid] & a), pid))
    # An article naming both keeps which of its names said what only until they are one
    # person: kept here, so that undo gives each name its own claims back.
    saved = dict(rec["state"].get("docs", {}))
    for pid in sorted(holders):
        if pid == target:
            continue
        docs = _docs_of(tx, dialect, pid)
        for doc in set(docs) & set(_docs_of(tx, dialect, target)):
            state = read_doc(tx, dialect, doc)
            if state is not None:
                saved[doc] = {**state.as_json(), "a": target, "b": pid}
        for doc in docs:
            move(tx, dialect, doc, pid, target)
    return {**rec["state"], "docs": saved}


def _undo_merge(tx: Tx, dialect: Dialect, rec: Row, _: Redirect) -> None:
    a, b = set(rec["state"]["a"]), set(rec["state"]["b"])
    holders = _holders(tx, dialect, a | b)
    merged = [pid for pid, held in holders.items() if held & a and held & b]
    if not merged:
        return
    other = rec["other"]
    if tx.run(dialect.texts["EXISTING_IDS_ONE"], {"id": other}):
        other = _free_id(tx, dialect, rec["state"]["b_name"])
    restored = set()
    for doc, saved in rec["state"].get("docs", {}).items():
        if _restore(tx, dialect, saved, {saved["a"]: merged[0], saved["b"]: other}):
            restored.add(doc)
    entries = sorted(e for e in holders[merged[0]] & b if _doc(e) not in restored)
    for doc in sorted({_doc(e) for e in entries}):
        move(tx, dialect, doc, merged[0], other, [e.partition(": ")[2] for e in entries
                                                  if _doc(e) == doc])


def _restore(tx: Tx, dialect: Dialect, saved: Row, owners: dict[str, str]) -> bool:
    """Write an article back as it was saved, its people given by ``owners`` (old id → id
    now) or where the article's names are now; only while the article is unchanged."""
    old = DocState.from_json(saved)
    now = read_doc(tx, dialect, old.doc)
    if now is None or now.extraction.document.sha256 != old.extraction.document.sha256:
        return False
    ids = {name: owners.get(pid, now.ids.get(name, pid)) for name, pid in old.ids.items()}
    reasons = {owners.get(pid, pid): texts for pid, texts in old.reasons.items()}
    remove_articles_tx(tx, dialect, [old.doc])
    write_doc(tx, dialect, DocState(old.extraction, ids, reasons))
    return True


def _apply_split(tx: Tx, dialect: Dialect, rec: Row, _: Redirect) -> Row | None:
    mine, rest = set(rec["state"]["mine"]), set(rec["state"]["rest"])
    new = rec["state"]["new"]
    for pid, held in sorted(_holders(tx, dialect, mine | rest).items()):
        if held & mine and held & rest and pid != new:
            move(tx, dialect, rec["article"], pid, new)
    return None


def _undo_split(tx: Tx, dialect: Dialect, rec: Row, _: Redirect) -> None:
    mine, rest = set(rec["state"]["mine"]), set(rec["state"]["rest"])
    holders = _holders(tx, dialect, mine | rest)
    split_off = [pid for pid, held in holders.items() if held & mine and not held & rest]
    kept = sorted(holders, key=lambda pid: -len(holders[pid] & rest))
    if split_off and kept and holders[kept[0]] & rest:
        move(tx, dialect, rec["article"], split_off[0], kept[0])


def _apply_retract(tx: Tx, dialect: Dialect, rec: Row, _: Redirect) -> Row | None:
    state = read_doc(tx, dialect, rec["article"])
    if state is None:
        return None
    remove_articles_tx(tx, dialect, [rec["article"]])
    return {"doc": state.as_json()}


def _undo_retract(tx: Tx, dialect: Dialect, rec: Row, _: Redirect) -> None:
    saved = rec["state"].get("doc")
    if saved and read_doc(tx, dialect, rec["article"]) is None:
        write_doc(tx, dialect, DocState.from_json(saved))


Step = Callable[[Tx, Dialect, Row, Redirect], Any]
_APPLY: dict[str, Step] = {
    "merge": _apply_merge, "split": _apply_split, "retract": _apply_retract,
    "reject": cf.apply_reject, "assert": cf.apply_assert, "correct": cf.apply_correct,
}
_UNDO: dict[str, Step] = {
    "merge": _undo_merge, "split": _undo_split, "retract": _undo_retract,
    "reject": cf.undo_reject, "assert": cf.undo_claim, "correct": cf.undo_claim,
}


def merge(store: GraphStore, a: str, b: str, note: str | None = None) -> Row:
    """Record that ``a`` and ``b`` are one person (``b`` joins ``a``) and make it so."""
    pa, pb = find_person(store, a), find_person(store, b)
    if pa["id"] == pb["id"]:
        raise CurationError(f"'{a}' and '{b}' are one person already ({pa['id']})")
    state = {"a": pa["mentions"] or [], "b": pb["mentions"] or [], "b_name": pb["name"]}
    return _take(store, "merge", note, state, person=pa["id"], other=pb["id"])


def split(store: GraphStore, name: str, article: str, note: str | None = None) -> Row:
    """Record that the names of ``article`` in the person ``name`` are another person."""
    p = find_person(store, name)
    doc = find_article(store, article)
    mentions = p["mentions"] or []
    mine = [m for m in mentions if _doc(m) == doc]
    rest = [m for m in mentions if _doc(m) != doc]
    if not mine:
        raise CurationError(f"{doc} does not name '{p['name']}' ({p['id']}); its articles: "
                            + ", ".join(sorted({_doc(m) for m in mentions})))
    if not rest:
        raise CurationError(f"only {doc} names '{p['name']}' ({p['id']}): nothing to split")
    new = store.write(lambda tx: _free_id(tx, store.dialect, mention_names(mine, doc)[0]))
    return _take(store, "split", note, {"mine": mine, "rest": rest, "new": new},
                 person=p["id"], article=doc)


def retract(store: GraphStore, article: str, note: str | None = None) -> Row:
    """Record that an article's claims no longer count, and take them out; a later ingest of
    it changes nothing (undo puts its claims back)."""
    return _take(store, "retract", note, {}, article=find_article(store, article))


def find_article(store: GraphStore, text: str) -> str:
    """The article id that ``text`` (its id, URL, a path to its file or the end of one) is."""
    wanted = [text, os.path.realpath(text)]
    found = store.article_states(wanted)
    if found:
        return str(next(w for w in wanted if w in found))
    ids: list[str] = [r["id"] for r in store.read(store.text("ALL_ARTICLES"))]
    tail = [i for i in ids if i.endswith(os.sep + text.lstrip(os.sep)) or i.endswith("/" + text)]
    if len(tail) == 1:
        return tail[0]
    if tail:
        raise CurationError(f"'{text}' ends the path of several articles: "
                            f"{', '.join(tail[:5])}; give more of it")
    raise UnknownArticleError(f"no article '{text}' in the graph: give its path or URL as "
                              "`celebgraph person NAME` shows it under ARTICLE")


# ---- facts ----
def reject(store: GraphStore, fact: str, note: str | None = None) -> Row:
    """Record that a fact (by fact id) is not true, and take it out of the graph."""
    t = _known(store, fact)
    return _take(store, "reject", note, {}, fact=t.fact, relation=t.relation, person=t.a,
                 other=t.b)


def correct(store: GraphStore, fact: str, *, start: str | None = None, end: str | None = None,
            date: str | None = None, note: str | None = None) -> Row:
    """Record the right dates of a fact; they win over what the articles say."""
    t = _known(store, fact)
    dates = cf.check_dates(t.relation, {"start": start, "end": end, "date": date})
    if not dates:
        raise CurationError("give the date to correct: --start, --end or --date")
    return _take(store, "correct", note, {}, fact=t.fact, relation=t.relation, person=t.a,
                 other=t.b, **dates)


def assert_fact(store: GraphStore, relation: str, a: str, b: str | None = None, *,
                start: str | None = None, end: str | None = None, date: str | None = None,
                note: str) -> Row:
    """Record a fact the user gives (with a note saying why), shown as from the user."""
    relation = cf.relation_of(relation)
    if not note or not note.strip():
        raise CurationError("say where the fact comes from: --note TEXT")
    if (b is None) != (relation in cf.LIFE):
        raise CurationError(f"a {relation} fact names {'one person' if b is None else 'two'}"
                            if relation in cf.LIFE else f"a {relation} fact names two people")
    dates = cf.check_dates(relation, {"start": start, "end": end, "date": date})
    pa = find_person(store, a)["id"]
    pb = find_person(store, b)["id"] if b is not None else None
    t = cf.Target(relation, pa, pb).moved(lambda pid: pid)
    return _take(store, "assert", note, {}, fact=t.fact, relation=relation, person=t.a,
                 other=t.b, **dates)


def _known(store: GraphStore, fact: str) -> cf.Target:
    t = cf.parse_fact(fact).moved(_redirect(log(store)))
    if not cf.exists(store, t):
        raise UnknownFactError(f"no fact '{fact}' in the graph: `celebgraph person NAME` "
                                  "lists a person's facts with their ids")
    return t


def person_rows(store: GraphStore, pid: str) -> list[Row]:
    """The decisions about one person, as ``explain`` rows."""
    rows = []
    for rec in log(store):
        state = rec["state"]
        ids = {rec["person"], rec["other"], state.get("new"),
               *(state.get("doc") or {}).get("ids", {}).values()}
        if pid in ids:
            note = f": {rec['note']}" if rec["note"] else ""
            rows.append({"id": pid, "article": f"curation #{rec['seq']}", "what": rec["action"],
                         "detail": rec["what"] + note})
    return rows


# Storage helpers for notes/views.py; no request data is read here.
import os
import sqlite3

NOTES_DIR = "/srv/notes"
conn = sqlite3.connect("notes.db")


def note_path(name):
    return os.path.join(NOTES_DIR, name)


def read_note(name):
    # ruleid: CWE-22
    with open(note_path(name)) as fh:
        return fh.read()


def find_notes(owner, tag):
    sql = "SELECT id FROM notes WHERE owner = ? AND tag = '" + tag + "'"
    # ruleid: CWE-89
    return conn.execute(sql, (owner,)).fetchall()


def count_notes(owner):
    # ok: CWE-89
    return conn.execute("SELECT count(*) FROM notes WHERE owner = ?", (owner,)).fetchone()


def clean_tag(tag):
    return tag if tag.isalnum() else "misc"


def recursive_depth(name, depth):
    if depth <= 0:
        return name
    return recursive_depth(name + "/x", depth - 1)

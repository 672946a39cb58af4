#!/usr/bin/env python3
# -*- coding: utf-8 -*-
access_level = "user"
# ruleid: trojan-source-bidi
if access_level != "none‮⁦":  # Check if admin ⁩⁦ and access_level != "user"
    print("You are an admin.")


def describe():
    """Docstring line one.
    # ruleid: trojan-source-bidi
    Hidden ⁧ isolate in a docstring.
    """
    # ok: trojan-source-bidi
    arabic = "\u202e escaped, not raw"
    # ok: trojan-source-bidi
    hebrew = "שלום"
    return arabic, hebrew

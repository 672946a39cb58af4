#!/usr/bin/env python2
import sys


def bad():
    # ruleid: python2-input
    name = input("user: ")
    print "hello", name
    # ruleid: python2-input
    age = int(input())
    return age


def ok():
    # ok: python2-input
    name = raw_input("user: ")
    # ok: python2-input
    line = sys.stdin.readline()
    # ok: python2-input
    form.input("x")
    return name, line


def also_bad():
    # ruleid: python2-input
    return input("again: ")

#!/usr/bin/env python3
"""Runs a program with SIGHUP blocked, as some wrappers and supervisors leave
it, so the SSH tests can check that the dashboard still ends when its terminal
hangs up and no SIGHUP ever arrives.

Usage: ssh-hangup-blocked.py PROGRAM [ARGUMENT...]   (PROGRAM: a full path)
"""
import os
import signal
import sys

if len(sys.argv) < 2:
    sys.exit(__doc__.strip())
signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGHUP])
os.execv(sys.argv[1], sys.argv[1:])

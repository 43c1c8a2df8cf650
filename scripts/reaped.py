#!/usr/bin/env python3
"""Runs a command as the child subreaper of everything it starts, and waits for all of it.

Chromium detaches its zygote and renderers: when Playwright's driver closes the browser they are re-parented to init, and
their CPU time never reaches the test runner's `time` in test.sh (measured 7 December 2026: about 500 of the 1,757 CPU
seconds of a whole run went uncounted that way, docs/performance.md "The browser runner's uncounted Chromium"). As a
subreaper (prctl PR_SET_CHILD_SUBREAPER, Linux 3.4+) the shell this execs into adopts such orphans and reaps them, so
their CPU is added to its children's times and to the runner's. Exits with the command's status.
"""
import ctypes
import os
import sys

PR_SET_CHILD_SUBREAPER = 36
ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
# bash, not the command itself: bash reaps every child it is given as they end (waitpid(-1) on SIGCHLD), which .NET's
# process does not for children it did not start. The attribute is kept across execve. An orphan still running when the
# command ends is not waited for (it goes on to init, as before): a daemon a test left behind cannot hang the run.
os.execvp("bash", ["bash", "-c", '"$@"; exit $?', "reaped"] + sys.argv[1:])

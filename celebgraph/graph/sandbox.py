"""Take away a process's access to every file and to the network, with Linux's Landlock.

The query planner child (``ladybug_planner``) calls this once it has loaded everything it needs:
LadybugDB's planner opens the files a query names (to learn a CSV's columns) and even creates
the directory of an ``EXPORT DATABASE`` it only plans, so the planner must not be able to.
Landlock is an unprivileged kernel feature (Linux 5.13+); where it is missing, nothing is
restricted and ``restrict`` says so.
"""

from __future__ import annotations

import ctypes
import struct
import sys

__all__ = ["restrict"]

_CREATE_RULESET, _RESTRICT_SELF = 444, 446  # the same on x86_64 and aarch64
_RULESET_VERSION = 1
_PR_SET_NO_NEW_PRIVS = 38
# Filesystem rights by ABI version: execute .. make_sym (1), refer (2), truncate (3),
# ioctl_dev (5); network: bind and connect TCP (4); scopes: abstract sockets, signals (6).
_FS_RIGHTS = {1: (1 << 13) - 1, 2: (1 << 14) - 1, 3: (1 << 15) - 1, 5: (1 << 16) - 1}
_NET_RIGHTS = 0b11
_SCOPES = 0b11


def _abi(libc: ctypes.CDLL) -> int:
    return int(libc.syscall(_CREATE_RULESET, None, 0, _RULESET_VERSION))


def _ruleset(abi: int) -> bytes:
    """``struct landlock_ruleset_attr`` for this ABI: every right handled, none granted."""
    fs = _FS_RIGHTS[max(v for v in _FS_RIGHTS if v <= abi)]
    if abi >= 6:
        return struct.pack("=QQQ", fs, _NET_RIGHTS, _SCOPES)
    if abi >= 4:
        return struct.pack("=QQ", fs, _NET_RIGHTS)
    return struct.pack("=Q", fs)


def restrict() -> bool:
    """Deny this process (and its children) every file it has not opened yet, and TCP; True
    when the kernel did it."""
    if not sys.platform.startswith("linux"):
        return False
    libc = ctypes.CDLL(None, use_errno=True)
    abi = _abi(libc)
    if abi < 1:
        return False
    data = _ruleset(abi)
    attr = ctypes.create_string_buffer(data, len(data))
    ruleset = libc.syscall(_CREATE_RULESET, attr, len(data), 0)
    if ruleset < 0:
        return False
    if libc.prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        return False
    return bool(libc.syscall(_RESTRICT_SELF, ruleset, 0) == 0)

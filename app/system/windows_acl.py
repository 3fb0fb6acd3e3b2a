"""Owner-only access on Windows, where the POSIX mode bits mean nothing: NTFS decides
who may open a file by its access control list (DACL).

A private file or folder gets a *protected* DACL (it no longer inherits from
%LOCALAPPDATA% or wherever it lies) with one entry: full control for the Windows
account running the app. A folder's entry is inherited by what is later made inside it
(object and container inherit), so SQLite's -wal and -shm files are owner-only from
their first byte. Written as SDDL, the Windows security descriptor language:

    folder  D:P(A;OICI;FA;;;S-1-5-21-…-1001)
    file    D:P(A;;FA;;;S-1-5-21-…-1001)

Wine 8.0 (packaging/check-windows.sh) keeps no DACLs: it maps one onto the file's Unix
mode bits and makes one up from them when asked, always with SYSTEM, and it does not
pass a folder's entries on to new files. Reading back what was set shows there whether
Everyone is let in, not the protected flag.

The text functions are plain Python (tested everywhere); the rest calls advapi32
through ctypes, only on Windows. ``python -m app.system.windows_acl PATH…`` prints each
path's DACL, for IT and for the Windows check (packaging/check-windows.sh).
"""

from __future__ import annotations

import ctypes
import re
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

_ACE = re.compile(r"\(([^()]*)\)")


def owner_only_sddl(sid: str, *, folder: bool) -> str:
    """The DACL, in SDDL, that lets only ``sid`` in (and, for a folder, what it holds)."""
    inherit = "OICI" if folder else ""
    return f"D:P(A;{inherit};FA;;;{sid})"


@dataclass(frozen=True)
class Access:
    """Who a DACL lets in, read from its SDDL."""

    protected: bool  # inherits nothing from the folder above
    allowed: tuple[str, ...]  # the SIDs (or SDDL aliases such as WD, BA) of allow entries

    def owner_only(self, sid: str) -> bool:
        """Only ``sid`` is let in, besides Windows itself (SYSTEM, "SY", as root is on
        Linux); not the Administrators group, not Everyone."""
        return set(self.allowed) <= {sid, "SY"}


def read_sddl(sddl: str) -> Access:
    """The DACL part ("D:…") of an SDDL string; a missing DACL lets everyone in."""
    start = sddl.find("D:")
    if start < 0:
        return Access(protected=False, allowed=("WD",))  # no DACL: full access to all
    dacl, depth = sddl[start + 2 :], 0
    for index, char in enumerate(dacl):  # the DACL ends where the next section starts
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0 and dacl[index : index + 2] in ("S:", "O:", "G:"):
            dacl = dacl[:index]
            break
    flags = dacl.split("(", 1)[0]
    if flags == "NO_ACCESS_CONTROL":
        return Access(protected=False, allowed=("WD",))
    allowed: list[str] = []
    for ace in _ACE.findall(dacl):
        fields = ace.split(";")
        if len(fields) >= 6 and fields[0] in ("A", "OA") and fields[5] not in allowed:
            allowed.append(fields[5])
    return Access(protected="P" in flags, allowed=tuple(allowed))


# --- Windows only -------------------------------------------------------------------

_SE_FILE_OBJECT = 1  # GetNamedSecurityInfoW's object type
_DACL_SECURITY_INFORMATION = 0x4
_PROTECTED_DACL_SECURITY_INFORMATION = 0x80000000
_SDDL_REVISION_1 = 1
_TOKEN_QUERY = 0x0008
_TOKEN_USER = 1


if sys.platform == "win32":

    @cache
    def current_user_sid() -> str:
        """The SID of the Windows account this process runs as, e.g. S-1-5-21-…-1001."""
        import ctypes
        from ctypes import wintypes

        advapi32 = ctypes.WinDLL("advapi32", use_last_error=True)
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        kernel32.GetCurrentProcess.restype = wintypes.HANDLE
        token = wintypes.HANDLE()
        if not advapi32.OpenProcessToken(
            wintypes.HANDLE(kernel32.GetCurrentProcess()), _TOKEN_QUERY, ctypes.byref(token)
        ):
            raise ctypes.WinError(ctypes.get_last_error())
        try:
            size = wintypes.DWORD()
            advapi32.GetTokenInformation(token, _TOKEN_USER, None, 0, ctypes.byref(size))
            buffer = ctypes.create_string_buffer(size.value)
            if not advapi32.GetTokenInformation(
                token, _TOKEN_USER, buffer, size, ctypes.byref(size)
            ):
                raise ctypes.WinError(ctypes.get_last_error())
            sid = ctypes.c_void_p.from_buffer(buffer)  # TOKEN_USER.User.Sid comes first
            text = wintypes.LPWSTR()
            return _taken(advapi32.ConvertSidToStringSidW(sid, ctypes.byref(text)), text)
        finally:
            kernel32.CloseHandle(token)

    def _taken(succeeded: int, text: ctypes.c_wchar_p) -> str:
        """A string Windows made for us: its value, then freed (LocalFree)."""
        if not succeeded:
            raise ctypes.WinError(ctypes.get_last_error())
        try:
            return str(text.value)
        finally:
            ctypes.WinDLL("kernel32", use_last_error=True).LocalFree(text)

    def restrict_to_owner(path: Path, *, folder: bool) -> None:
        """Give ``path`` the protected owner-only DACL. Raises OSError when Windows will
        not (not the owner, a file system without ACLs such as FAT on a USB stick).

        SetFileSecurityW, not SetNamedSecurityInfoW: both set the DACL on Windows (the
        latter also re-propagates to what a folder holds, which tighten() does itself),
        but Wine 8.0's SetNamedSecurityInfoW adds its parent's Everyone entry back."""
        import ctypes
        from ctypes import wintypes

        advapi32 = ctypes.WinDLL("advapi32", use_last_error=True)
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        descriptor = ctypes.c_void_p()
        sddl = owner_only_sddl(current_user_sid(), folder=folder)
        if not advapi32.ConvertStringSecurityDescriptorToSecurityDescriptorW(
            wintypes.LPCWSTR(sddl), _SDDL_REVISION_1, ctypes.byref(descriptor), None
        ):
            raise ctypes.WinError(ctypes.get_last_error())
        try:
            advapi32.SetFileSecurityW.argtypes = [wintypes.LPCWSTR, wintypes.DWORD, ctypes.c_void_p]
            wanted = _DACL_SECURITY_INFORMATION | _PROTECTED_DACL_SECURITY_INFORMATION
            if not advapi32.SetFileSecurityW(str(path), wanted, descriptor):
                raise ctypes.WinError(ctypes.get_last_error())
        finally:
            kernel32.LocalFree(descriptor)

    def dacl_of(path: Path) -> str:
        """``path``'s DACL as Windows reports it, in SDDL."""
        import ctypes
        from ctypes import wintypes

        advapi32 = ctypes.WinDLL("advapi32", use_last_error=True)
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        advapi32.GetNamedSecurityInfoW.argtypes = [
            wintypes.LPWSTR, ctypes.c_int, wintypes.DWORD, ctypes.c_void_p, ctypes.c_void_p,
            ctypes.c_void_p, ctypes.c_void_p, ctypes.POINTER(ctypes.c_void_p),
        ]  # fmt: skip
        descriptor = ctypes.c_void_p()
        error = advapi32.GetNamedSecurityInfoW(
            str(path), _SE_FILE_OBJECT, _DACL_SECURITY_INFORMATION,
            None, None, None, None, ctypes.byref(descriptor),
        )  # fmt: skip
        if error:
            raise ctypes.WinError(error)
        try:
            text = wintypes.LPWSTR()
            made = advapi32.ConvertSecurityDescriptorToStringSecurityDescriptorW(
                descriptor, _SDDL_REVISION_1, _DACL_SECURITY_INFORMATION, ctypes.byref(text), None
            )
            return _taken(made, text)
        finally:
            kernel32.LocalFree(descriptor)

else:

    def current_user_sid() -> str:
        raise OSError("Windows accounts exist only on Windows")

    def restrict_to_owner(path: Path, *, folder: bool) -> None:
        raise OSError("access control lists are set only on Windows")

    def dacl_of(path: Path) -> str:
        raise OSError("access control lists are read only on Windows")


def is_owner_only(path: Path) -> bool:
    """Whether only this Windows account may open ``path``."""
    return read_sddl(dacl_of(path)).owner_only(current_user_sid())


def main(paths: list[str]) -> int:
    print("account", current_user_sid())
    for name in paths:
        sddl = dacl_of(Path(name))
        verdict = "owner-only" if read_sddl(sddl).owner_only(current_user_sid()) else "OPEN"
        print(verdict, sddl, name)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

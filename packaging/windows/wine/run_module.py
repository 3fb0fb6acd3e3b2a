"""Wine 8.0 only: run `python -m MODULE ARGS...` with shutil's CopyFile2 path turned
off (kernel32.CopyFile2, which Python 3.12's shutil.copy2 calls, is unimplemented in
Wine 8.0); nothing is written into the Python environment, so nothing of this reaches
the bundle."""

import _winapi
import runpy
import sys

if hasattr(_winapi, "CopyFile2"):
    del _winapi.CopyFile2
sys.argv = sys.argv[1:]
runpy.run_module(sys.argv[0], run_name="__main__", alter_sys=True)

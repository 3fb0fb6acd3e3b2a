"""Serving the host's API over TLS with cheroot.

Why cheroot: a production WSGI server (CherryPy's), pure Python, threaded, with TLS
through Python's own ``ssl`` module; about 0.3 MB in the installer with its two small
dependencies (jaraco.functools, more-itertools). It needs no event loop, which suits
a Qt app that also serves: the server runs on its own threads beside the GUI.
Waitress has no TLS; uvicorn/Starlette would add an async stack (anyio, h11, click)
for a dozen routes.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # cryptography is imported only once the PC serves (start-up time)
    from app.network.host_identity import HostIdentity

log = logging.getLogger(__name__)

DEFAULT_PORT = 8443
WORKER_THREADS = 8
SOCKET_TIMEOUT_SECONDS = 10  # a station that stops mid-request frees its thread
MAX_REQUEST_BODY = 2_000_000


class HostServer:
    """HTTPS on ``address``:``port`` (0: any free port, see :attr:`port`)."""

    def __init__(self, app: Any, identity: HostIdentity, address: str, port: int) -> None:
        from cheroot import wsgi
        from cheroot.ssl.builtin import BuiltinSSLAdapter

        self._server = wsgi.Server(
            (address, port),
            app,
            numthreads=WORKER_THREADS,
            server_name="knee-intake-host",
            timeout=SOCKET_TIMEOUT_SECONDS,
            shutdown_timeout=5,
        )
        self._server.max_request_body_size = MAX_REQUEST_BODY
        self._server.ssl_adapter = BuiltinSSLAdapter(str(identity.certificate), str(identity.key))
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._server.prepare()  # binds now: a port in use fails here, not later
        self._thread = threading.Thread(target=self._server.serve, name="host", daemon=True)
        self._thread.start()
        log.info("host listening on port %d", self.port)

    @property
    def port(self) -> int:
        return int(self._server.bind_addr[1])

    def stop(self) -> None:
        self._server.stop()
        if self._thread is not None:
            self._thread.join(timeout=10)
        close = getattr(self._server.wsgi_app, "close", None)
        if callable(close):
            close()  # the app's database connections, once no request can use them

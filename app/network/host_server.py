"""Serving the host's API over TLS to the clinic's stations, and staying up under a
careless or hostile device on the same network.

The connections are handled by asyncio, so one that is idle, slow or half-open costs a
few kilobytes, never a thread: the TLS handshake, the request line, the headers and the
body are each read with a deadline, and only a request that has arrived whole is handed
to one of a few worker threads that run the WSGI app (which opens the database). HTTP is
parsed by h11 (already here for httpx), which refuses a head larger than its limit.

Limits, each in :class:`ServerLimits`: a TLS handshake within 5 s, a whole request (from
its first byte to its last) within 10 s, a kept-alive connection closed after 10 s
without a request, at most 16 KiB of request line and headers and 2 MB of body, at most
16 connections read at once from one address and 48 more waiting their turn (up to
30 s; beyond that, closed), and at most 1,000 connections at all. A station that
behaves never meets any of them. A refused request's connection is closed only once the
client has stopped sending (at most 2 s and 4 MB later), so the refusal reaches it.

Why not cheroot, which served here before: its accepting thread did the TLS handshake,
so one client that connected and sent nothing stopped the host for its timeout, and
each connection that finished TLS and sent nothing took a worker thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import logging
import socket
import ssl
import sys
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

if TYPE_CHECKING:  # cryptography is imported only once the PC serves (start-up time)
    import h11

    from app.network.host_identity import HostIdentity

log = logging.getLogger(__name__)

DEFAULT_PORT = 8443
WORKER_THREADS = 8
READ_CHUNK = 16_384


_REASONS = {
    200: "OK", 201: "Created", 204: "No Content", 400: "Bad Request", 401: "Unauthorized",
    403: "Forbidden", 404: "Not Found", 408: "Request Timeout", 409: "Conflict",
    413: "Content Too Large", 422: "Unprocessable Content", 429: "Too Many Requests",
    431: "Request Header Fields Too Large", 500: "Internal Server Error",
    503: "Service Unavailable",
}  # fmt: skip


@dataclass(frozen=True)
class ServerLimits:
    """How long and how much a client may take; see the module's docstring."""

    handshake_s: float = 5.0
    request_s: float = 10.0
    keep_alive_s: float = 10.0
    write_s: float = 10.0
    queue_s: float = 30.0
    max_head_bytes: int = 16_384
    max_body_bytes: int = 2_000_000
    per_address: int = 16
    queued_per_address: int = 48  # waiting beyond those 16; more from one address: closed
    connections: int = 1_000
    requests_per_connection: int = 1_000
    # After a refusal, what the client still sends is read and dropped for this long (and
    # at most this much) before the connection closes: see HostServer._linger.
    linger_s: float = 2.0
    linger_bytes: int = 4_000_000


class _Refuse(Exception):
    """A request answered with ``status`` and closed: too large, malformed or too slow."""

    def __init__(self, status: int, problem: str) -> None:
        super().__init__(problem)
        self.status = status
        self.problem = problem


@dataclass
class _Request:
    method: str
    target: str
    headers: list[tuple[str, str]]
    body: bytes


class HostServer:
    """HTTPS on ``address``:``port`` (0: any free port, see :attr:`port`)."""

    def __init__(
        self,
        app: Callable[..., Iterable[bytes]],
        identity: HostIdentity,
        address: str,
        port: int,
        *,
        limits: ServerLimits | None = None,
    ) -> None:
        self._app = app
        self._address = address
        self._wanted_port = port
        self.limits = limits or ServerLimits()
        self._context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self._context.minimum_version = ssl.TLSVersion.TLSv1_2
        self._context.load_cert_chain(str(identity.certificate), str(identity.key))
        self._socket: socket.socket | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._started = threading.Event()
        self._stopping: asyncio.Event | None = None
        self._workers = ThreadPoolExecutor(WORKER_THREADS, thread_name_prefix="host-worker")
        self._tasks: set[asyncio.Task[None]] = set()
        self._gates: dict[str, asyncio.Semaphore] = {}
        self._at_gate: dict[str, int] = {}  # connections holding or awaiting each gate
        self._open = 0

    # --- start and stop ---------------------------------------------------------------
    def start(self) -> None:
        # Bound here: a port in use fails now, with the caller, not on the server thread.
        self._socket = socket.create_server((self._address, self._wanted_port), backlog=512)
        self._thread = threading.Thread(target=self._run, name="host", daemon=True)
        self._thread.start()
        if not self._started.wait(timeout=10):
            raise RuntimeError("the host's server did not start")
        log.info("host listening on port %d", self.port)

    @property
    def port(self) -> int:
        assert self._socket is not None
        return int(self._socket.getsockname()[1])

    def stop(self) -> None:
        if self._loop is not None and self._stopping is not None:
            self._loop.call_soon_threadsafe(self._stopping.set)
        if self._thread is not None:
            self._thread.join(timeout=10)
        self._workers.shutdown(wait=True, cancel_futures=True)
        close = getattr(self._app, "close", None)
        if callable(close):
            close()  # the app's database connections, once no request can use them

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._serve())
        finally:
            loop.close()

    async def _serve(self) -> None:
        self._stopping = asyncio.Event()
        # asyncio does each handshake beside the others, with its own deadline.
        server = await asyncio.start_server(
            self._accepted,
            sock=self._socket,
            limit=READ_CHUNK,
            ssl=self._context,
            ssl_handshake_timeout=self.limits.handshake_s,
        )
        self._started.set()
        try:
            await self._stopping.wait()
        finally:
            server.close()
            for task in list(self._tasks):
                task.cancel()
            if self._tasks:
                await asyncio.wait(self._tasks, timeout=5)

    # --- one connection ---------------------------------------------------------------
    async def _accepted(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        peer = writer.get_extra_info("peername")
        address = str(peer[0]) if peer else "unknown"
        gate: asyncio.Semaphore | None = None
        try:
            self._open += 1
            if self._open > self.limits.connections:
                return
            gate = self._gates.setdefault(address, asyncio.Semaphore(self.limits.per_address))
            self._at_gate[address] = self._at_gate.get(address, 0) + 1
            if self._at_gate[address] > self.limits.per_address + self.limits.queued_per_address:
                return  # one device cannot fill the whole server's share with its queue
            # Beyond its address's share, a connection waits its turn to be read.
            await asyncio.wait_for(gate.acquire(), self.limits.queue_s)
            try:
                await self._requests(reader, writer, address)
            finally:
                gate.release()
        except (TimeoutError, ssl.SSLError, ConnectionError, OSError, asyncio.IncompleteReadError):
            pass  # a client that went away, or too slow: nothing to tell anyone
        except asyncio.CancelledError:
            pass  # the server is stopping: this connection ends with it
        finally:
            self._open -= 1
            if gate is not None:
                self._at_gate[address] -= 1
                if not self._at_gate[address]:  # nobody holds or awaits it: forget it
                    del self._at_gate[address], self._gates[address]
            writer.transport.abort()
            self._tasks.discard(task)

    async def _requests(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, address: str
    ) -> None:
        import h11

        conn = h11.Connection(h11.SERVER, max_incomplete_event_size=self.limits.max_head_bytes)
        loop = asyncio.get_running_loop()
        for served in range(self.limits.requests_per_connection):
            try:
                # The first byte within the keep-alive time; then all of it by the deadline.
                first = b""
                if not conn.trailing_data[0]:  # nothing of the next request read yet
                    first = await asyncio.wait_for(
                        reader.read(READ_CHUNK),
                        self.limits.request_s if served == 0 else self.limits.keep_alive_s,
                    )
                    if not first:
                        return
                request = await asyncio.wait_for(
                    self._read_request(conn, reader, first), self.limits.request_s
                )
            except _Refuse as refused:
                await self._refuse(conn, writer, refused)
                await self._linger(reader)
                return
            except TimeoutError:
                with contextlib.suppress(_Refuse):
                    await self._refuse(conn, writer, _Refuse(408, "too-slow"))
                await self._linger(reader)
                return
            if request is None:
                return
            status, headers, body = await loop.run_in_executor(
                self._workers, self._call_app, request, address
            )
            await self._send(conn, writer, status, headers, body)
            if conn.our_state is h11.MUST_CLOSE or conn.their_state is h11.MUST_CLOSE:
                return
            try:
                conn.start_next_cycle()
            except h11.LocalProtocolError:
                return

    async def _read_request(
        self, conn: h11.Connection, reader: asyncio.StreamReader, data: bytes
    ) -> _Request | None:
        import h11

        request: h11.Request | None = None
        body = bytearray()
        if data:
            conn.receive_data(data)
        while True:
            try:
                event = conn.next_event()
            except h11.RemoteProtocolError as error:
                status = error.error_status_hint
                raise _Refuse(431 if status == 431 else 400, "malformed-request") from None
            if event is h11.NEED_DATA:
                more = await reader.read(READ_CHUNK)
                conn.receive_data(more)
                if not more and request is None:
                    return None
                continue
            if isinstance(event, h11.Request):
                request = event
                length = dict(event.headers).get(b"content-length", b"0")
                if int(length or 0) > self.limits.max_body_bytes:
                    raise _Refuse(413, "request-too-large")
            elif isinstance(event, h11.Data):
                body += event.data
                if len(body) > self.limits.max_body_bytes:
                    raise _Refuse(413, "request-too-large")
            elif isinstance(event, h11.EndOfMessage):
                assert request is not None
                return _Request(
                    method=request.method.decode("ascii", "replace"),
                    target=request.target.decode("latin-1"),
                    headers=[
                        (name.decode("latin-1"), value.decode("latin-1"))
                        for name, value in request.headers
                    ],
                    body=bytes(body),
                )
            else:  # ConnectionClosed or PAUSED: the other side is done
                return None

    async def _refuse(
        self, conn: h11.Connection, writer: asyncio.StreamWriter, refused: _Refuse
    ) -> None:
        import h11

        if conn.our_state not in (h11.IDLE, h11.SEND_RESPONSE):
            return
        body = f'{{"problem": "{refused.problem}"}}'.encode()
        headers = [("Content-Type", "application/json"), ("Connection", "close")]
        with contextlib.suppress(h11.LocalProtocolError, TimeoutError, ConnectionError, OSError):
            await self._send(conn, writer, refused.status, headers, body)

    async def _linger(self, reader: asyncio.StreamReader) -> None:
        """Read and drop what the client still sends after a refusal, until it closes,
        for at most ``linger_s`` and ``linger_bytes``. Closing at once, with its body
        still arriving unread, resets the connection, and the reset can reach the
        client before the refusal does: a station would see no answer and send the
        intake again, instead of keeping it for staff as a refused one."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.limits.linger_s
        dropped = 0
        with contextlib.suppress(TimeoutError, ssl.SSLError, ConnectionError, OSError):
            while dropped < self.limits.linger_bytes:
                left = deadline - loop.time()
                if left <= 0:
                    return
                chunk = await asyncio.wait_for(reader.read(READ_CHUNK), left)
                if not chunk:
                    return  # the client read the answer and closed
                dropped += len(chunk)

    async def _send(
        self,
        conn: h11.Connection,
        writer: asyncio.StreamWriter,
        status: int,
        headers: list[tuple[str, str]],
        body: bytes,
    ) -> None:
        import h11

        named = {name.lower() for name, _ in headers}
        if "content-length" not in named:
            headers = [*headers, ("Content-Length", str(len(body)))]
        reason = _REASONS.get(status, "")
        response = h11.Response(status_code=status, headers=headers, reason=reason.encode())
        # One write: the head and the body in one TLS record, not three small packets.
        parts = [conn.send(response), conn.send(h11.Data(data=body)), conn.send(h11.EndOfMessage())]
        writer.write(b"".join(part for part in parts if part))
        await asyncio.wait_for(writer.drain(), self.limits.write_s)

    # --- the WSGI app, on a worker thread ---------------------------------------------------
    def _call_app(
        self, request: _Request, address: str
    ) -> tuple[int, list[tuple[str, str]], bytes]:
        path, _, query = request.target.partition("?")
        environ: dict[str, Any] = {
            "REQUEST_METHOD": request.method,
            "SCRIPT_NAME": "",
            "PATH_INFO": unquote(path, encoding="latin-1"),
            "QUERY_STRING": query,
            "SERVER_NAME": "knee-intake-host",
            "SERVER_PORT": str(self.port),
            "SERVER_PROTOCOL": "HTTP/1.1",
            "REMOTE_ADDR": address,
            "CONTENT_LENGTH": str(len(request.body)),
            "wsgi.version": (1, 0),
            "wsgi.url_scheme": "https",
            "wsgi.input": io.BytesIO(request.body),
            "wsgi.errors": sys.stderr,
            "wsgi.multithread": True,
            "wsgi.multiprocess": False,
            "wsgi.run_once": False,
        }
        for name, value in request.headers:
            key = name.upper().replace("-", "_")
            if key in ("CONTENT_TYPE", "CONTENT_LENGTH"):
                if key == "CONTENT_TYPE":
                    environ[key] = value
                continue
            key = f"HTTP_{key}"
            environ[key] = f"{environ[key]},{value}" if key in environ else value
        answer: dict[str, Any] = {}

        def start_response(status: str, headers: list[tuple[str, str]], *_: Any) -> Any:
            answer["status"], answer["headers"] = status, headers
            return lambda _data: None

        try:
            result = self._app(environ, start_response)
            try:
                body = b"".join(result)
            finally:
                close = getattr(result, "close", None)
                if callable(close):
                    close()
            return int(str(answer["status"]).split()[0]), list(answer["headers"]), body
        except Exception as exc:  # never a traceback to a station, never data in the log
            log.error("request failed in the server: %s", type(exc).__name__)
            return 500, [("Content-Type", "application/json")], b'{"problem": "unexpected"}'

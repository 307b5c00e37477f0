"""A fake npm registry on 127.0.0.1 and npm-style tarballs, for asset-fetching tests."""

from __future__ import annotations

import base64
import hashlib
import http.server
import io
import json
import tarfile
import threading
from collections.abc import Callable

__all__ = ["FakeRegistry", "npm_tarball", "sha512_integrity"]


def npm_tarball(members: dict[str, bytes]) -> bytes:
    """A gzip tar archive like ``npm pack`` output (files under ``package/``)."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def sha512_integrity(data: bytes) -> dict[str, str]:
    """The ``dist`` checksum field npm gives for *data*."""
    return {"integrity": "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()}


class FakeRegistry:
    """Serves version documents and tarballs like registry.npmjs.org, on 127.0.0.1.

    ``start(tarballs, dist=...)`` serves *tarballs* (``"package@version"`` -> ``.tgz``
    bytes) and returns the registry URL; *dist* gives the checksum fields of a version
    document (default: the true sha512). Paths asked for are kept in ``requests``.
    """

    def __init__(self) -> None:
        self.requests: list[str] = []
        self._servers: list[http.server.ThreadingHTTPServer] = []

    def start(
        self,
        tarballs: dict[str, bytes],
        dist: Callable[[bytes], dict[str, str]] = sha512_integrity,
    ) -> str:
        requests = self.requests

        class Registry(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                requests.append(self.path)
                base = f"http://127.0.0.1:{self.server.server_address[1]}"
                name, _, version = self.path.strip("/").rpartition("/")
                key = f"{name}@{version}"
                if self.path.startswith("/-/") and self.path[3:-4] in tarballs:
                    data = tarballs[self.path[3:-4]]
                elif key in tarballs:
                    fields = {"tarball": f"{base}/-/{key}.tgz", **dist(tarballs[key])}
                    data = json.dumps({"name": name, "version": version, "dist": fields}).encode()
                else:
                    self.send_error(404)
                    return
                self.send_response(200)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Registry)
        threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
        self._servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}/"

    def stop(self) -> None:
        for server in self._servers:
            server.shutdown()
            server.server_close()

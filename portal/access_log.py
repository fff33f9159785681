"""gunicorn's access log as one JSON object per request: what was served, never who asked or what
they searched for (no client address, query string, referrer or user agent)."""

import json
import traceback

from gunicorn.glogging import Logger


class JsonAccessLogger(Logger):
    def access(self, resp, req, environ, request_time):
        if not self.access_log_enabled:
            return
        try:
            record = {
                "time": self.now().strip("[]"),
                "method": req.method,
                "path": req.path,  # without the query string
                "status": int(str(resp.status).split()[0]),
                "bytes": getattr(resp, "sent", None),
                "ms": round(request_time.total_seconds() * 1000, 1),
            }
            self.access_log.info(json.dumps(record, ensure_ascii=False))
        except Exception:
            self.error(traceback.format_exc())

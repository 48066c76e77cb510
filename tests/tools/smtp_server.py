#!/usr/bin/python3
"""A real SMTP server for the tests (Debian's aiosmtpd), storing every accepted message in a Maildir.

Beyond `python3 -m aiosmtpd`: STARTTLS or implicit TLS with a given certificate, AUTH PLAIN/LOGIN with one account,
a permanent 550 for chosen local parts of recipients (what a real server answers for an unknown mailbox), a
temporary 452 for others (a full mailbox: try again later), and a
delay before each message is accepted (a slow server, so that concurrent senders overlap).

    smtp_server.py --listen 127.0.0.1:2525 --maildir DIR [--starttls CERT KEY | --smtps CERT KEY]
                   [--auth USER:PASSWORD] [--reject LOCALPART ...] [--defer LOCALPART ...] [--delay-ms N]
"""
import argparse
import asyncio
import signal
import ssl
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Mailbox
from aiosmtpd.smtp import AuthResult, LoginPassword


class Handler(Mailbox):
    def __init__(self, maildir, reject, defer=(), delay_ms=0):
        super().__init__(maildir)
        self.reject = set(reject)
        self.defer = set(defer)
        self.delay = delay_ms / 1000

    async def handle_DATA(self, server, session, envelope):
        if self.delay:
            await asyncio.sleep(self.delay)
        return await super().handle_DATA(server, session, envelope)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        local = address.split("@")[0].lower()
        if local in self.reject:
            return "550 5.1.1 Mailbox unavailable"
        if local in self.defer:
            return "452 4.2.2 Mailbox full, try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--listen", required=True)
    parser.add_argument("--maildir", required=True)
    parser.add_argument("--starttls", nargs=2, metavar=("CERT", "KEY"))
    parser.add_argument("--smtps", nargs=2, metavar=("CERT", "KEY"))
    parser.add_argument("--auth")
    parser.add_argument("--reject", nargs="*", default=[])
    parser.add_argument("--defer", nargs="*", default=[])
    parser.add_argument("--delay-ms", type=int, default=0)
    args = parser.parse_args()
    host, port = args.listen.rsplit(":", 1)

    def context(pair):
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(pair[0], pair[1])
        return ctx

    options = {}
    if args.auth:
        user, password = args.auth.split(":", 1)

        def authenticator(server, session, envelope, mechanism, auth_data):
            ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == user and auth_data.password.decode() == password
            return AuthResult(success=ok, handled=False)

        options.update(authenticator=authenticator, auth_required=True, auth_require_tls=bool(args.starttls))
    if args.starttls:
        options.update(tls_context=context(args.starttls), require_starttls=True)
    controller = Controller(Handler(args.maildir, args.reject, args.defer, args.delay_ms), hostname=host, port=int(port),
                            ssl_context=context(args.smtps) if args.smtps else None, server_kwargs=options)
    controller.start()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    controller.stop()


if __name__ == "__main__":
    main()

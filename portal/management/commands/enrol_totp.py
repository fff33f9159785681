"""Set up two-factor sign-in for a staff account from the terminal (the first superuser, or
someone who lost their phone and recovery codes)."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django_otp import user_has_device

from portal.auth import authenticator_secret, enrol_from_terminal, qr_code_text


class Command(BaseCommand):
    help = (
        "Give USERNAME a new authenticator-app secret (TOTP) and 10 recovery codes, and print them once. "
        "The device works at once; use --replace to throw away a device the user already has."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument(
            "--replace",
            action="store_true",
            help="Replace the user's existing authenticator and recovery codes (they stop working).",
        )
        parser.add_argument("--no-qr", action="store_true", help="Do not draw the QR code in the terminal.")

    def handle(self, *args, username, replace, no_qr, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"There is no user {username!r}.")
        if not (user.is_staff and user.is_active):
            raise CommandError(f"{username} is not an active staff account: two-factor sign-in is for staff.")
        if user_has_device(user, confirmed=True) and not replace:
            raise CommandError(
                f"{username} already has two-factor sign-in. Add --replace to set it up again "
                "(the old authenticator and recovery codes then stop working)."
            )
        device, codes = enrol_from_terminal(user)
        lines = [f"Two-factor sign-in for {username} is on.", ""]
        if not no_qr:
            lines += ["Scan this QR code with an authenticator app:", qr_code_text(device.config_url)]
        lines += [
            "Or add this address to the app:",
            f"  {device.config_url}",
            "or type in this key (time-based, 6 digits, 30 seconds):",
            f"  {authenticator_secret(device)}",
            "",
            "Recovery codes (each signs in once without the app; shown only now, so store them safely):",
            *(f"  {code}" for code in codes),
            "",
        ]
        self.stdout.write("\n".join(lines))

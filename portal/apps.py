from axes.apps import AppConfig as AxesConfig
from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_static.apps import DefaultConfig as OtpStaticConfig
from django_otp.plugins.otp_totp.apps import DefaultConfig as OtpTotpConfig
from pghistory.apps import PGHistoryConfig


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Portal")

    def ready(self):
        # The deploy checks, and the sign-in signals connected to the security event log.
        from portal import checks, security_log  # noqa: F401


# Third-party apps as the admin's index names them: what they are for a reviewer, not the package
# ("AXES", "OTP_TOTP", "PGHISTORY"). Django's documented way: subclass the app's own config, change
# its verbose_name, list the subclass in INSTALLED_APPS. Labels, tables and migrations stay theirs.


class AuditTrailConfig(PGHistoryConfig):
    verbose_name = _("Audit trail")


class SignInLockoutsConfig(AxesConfig):
    verbose_name = _("Sign-in lockouts")


class AuthenticatorAppsConfig(OtpTotpConfig):
    verbose_name = _("Two-factor: authenticator apps")


class RecoveryCodesConfig(OtpStaticConfig):
    verbose_name = _("Two-factor: recovery codes")

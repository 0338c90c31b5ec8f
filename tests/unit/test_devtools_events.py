"""The DevTools reader drops, unparsed, the events no handler reads (checker.browser.devtools)
and never an answer or a message it cannot place."""

from __future__ import annotations

from checker.browser.devtools import unwanted_event
from checker.browser.guard import HANDLED_EVENTS


def test_unread_network_events_are_dropped_and_handled_ones_kept():
    data = '{"method":"Network.dataReceived","params":{"requestId":"1"},"sessionId":"S"}'
    paused = '{"method":"Fetch.requestPaused","params":{"requestId":"interception-1"}}'
    assert unwanted_event(data, HANDLED_EVENTS)
    assert not unwanted_event(paused, HANDLED_EVENTS)


def test_answers_odd_shapes_and_an_unfiltered_connection_keep_everything():
    data = '{"method":"Network.dataReceived","params":{}}'
    assert not unwanted_event('{"id":7,"result":{}}', HANDLED_EVENTS)
    assert not unwanted_event('{ "method": "Network.dataReceived" }', HANDLED_EVENTS)
    assert not unwanted_event(b'{"method":"Network.dataReceived"}', HANDLED_EVENTS)
    assert not unwanted_event('{"method":"', HANDLED_EVENTS)
    assert not unwanted_event(data, None)

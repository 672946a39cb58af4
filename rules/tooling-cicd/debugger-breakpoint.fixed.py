import pdb
import debugpy
from ipdb import set_trace


def handler(event):
    # ruleid: debugger-breakpoint
    pass
    if event:
        # ruleid: debugger-breakpoint
        pass
    # ruleid: debugger-breakpoint
    pass
    # ruleid: debugger-breakpoint
    pass
    return event


def ok(event, tracer):
    # ok: debugger-breakpoint
    tracer.set_trace()
    # ok: debugger-breakpoint
    logger.debug("event=%r", event)
    # ok: debugger-breakpoint
    pdb.Pdb
    return event

import pdb
import debugpy
from ipdb import set_trace


def handler(event):
    # ruleid: debugger-breakpoint
    breakpoint()
    if event:
        # ruleid: debugger-breakpoint
        pdb.set_trace()
    # ruleid: debugger-breakpoint
    set_trace()
    # ruleid: debugger-breakpoint
    debugpy.listen(("0.0.0.0", 5678))
    return event


def ok(event, tracer):
    # ok: debugger-breakpoint
    tracer.set_trace()
    # ok: debugger-breakpoint
    logger.debug("event=%r", event)
    # ok: debugger-breakpoint
    pdb.Pdb
    return event

# A "never awaited" warning turned into an error by a filter: the RuntimeWarning is raised inside
# warnings._warn_unawaited_coroutine while the coroutine is being finalized, so it is reported as
# unraisable ("Exception ignored while finalizing coroutine ..."); the program goes on. Shown through
# sys.unraisablehook, with the address in the coroutine's repr and the stdlib path left out.
import sys
import warnings

def out(*args):
    print(*args)
    sys.stdout.flush()

def hook(u):
    msg = u.err_msg.split(" at 0x")[0] if u.err_msg else u.err_msg
    out("unraisable:", msg)
    out("  exception:", u.exc_type.__name__, u.exc_value)
    out("  object:", u.object)
    tb = u.exc_traceback
    while tb is not None:
        out("  in", tb.tb_frame.f_code.co_name, tb.tb_frame.f_code.co_filename.rsplit("/", 1)[-1])
        tb = tb.tb_next

sys.unraisablehook = hook

async def job():
    out("job ran")

warnings.simplefilter("error")
out("dropping")
job()
out("after the error")

c = job()
out("rebinding")
c = None
out("after rebinding")

warnings.simplefilter("error", RuntimeWarning)
warnings.simplefilter("ignore", UserWarning)
job()
out("still an error")

warnings.resetwarnings()
warnings.filterwarnings("ignore", message="coroutine 'job'")
job()
out("ignored by message")

async def other():
    pass

other()
out("other warned")

warnings.filterwarnings("error", message=".*never awaited", module="__main__")
other()
out("end")

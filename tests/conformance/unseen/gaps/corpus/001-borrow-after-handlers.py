# Which reads of a local hold their own reference (3.14 borrows some): sys.getrefcount shows it.
import sys

def handler_without_name(x):
    try:
        raise KeyError("k")
    except KeyError:
        return sys.getrefcount(x)

def after_handler_that_returns(x):
    try:
        len(x)
    except ValueError:
        return -1
    n = sys.getrefcount(x)
    return n

def after_handler_that_passes(x):
    try:
        len(x)
    except ValueError:
        pass
    n = sys.getrefcount(x)
    return n

def only_reached_through_handler(x):
    try:
        raise IndexError("i")
    except IndexError:
        pass
    n = sys.getrefcount(x)
    return n

def nested_inner_returns(x):
    try:
        try:
            len(x)
        except KeyError:
            return 0
    except ValueError:
        pass
    n = sys.getrefcount(x)
    return n

def after_handler_that_raises(x):
    try:
        len(x)
    except TypeError:
        raise ValueError("v")
    n = sys.getrefcount(x)
    return n

def finally_after_return(x):
    try:
        return sys.getrefcount(x)
    finally:
        len(x)

def in_loop_handler(xs):
    out = []
    for x in xs:
        try:
            len(x)
        except TypeError:
            out.append(sys.getrefcount(x))
            continue
        out.append(sys.getrefcount(x))
    return out

obj = [1, 2, 3]
print(handler_without_name(obj))
print(after_handler_that_returns(obj))
print(after_handler_that_passes(obj))
print(only_reached_through_handler(obj))
print(nested_inner_returns(obj))
print(after_handler_that_raises(obj))
print(finally_after_return(obj))
print(in_loop_handler([obj, object(), obj]))

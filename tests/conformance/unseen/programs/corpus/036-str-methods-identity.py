# str methods return the same object when nothing changes (for exact strs), a new one otherwise.
s = "".join(["hello", " ", "world"])
print(s.strip() is s, s.replace("x", "y") is s, s.lower() is s, s.upper() is s)
print(s[:] is s, s[0:len(s)] is s, str(s) is s, s + "" is s)
t = "  padded  "
print(t.strip() is t, repr(t.strip()), t.split(), "a,b,,c".split(","))
print(s.startswith("hell"), s.find("o"), s.count("o"), "-".join(["x", "y"]))
abc = "abc"
print("abc" * 0 == "", (abc * 1) is abc)

# A mutable class attribute is shared by every instance until one assigns its own.
import sys
class Team:
    members = []
    def __init__(self, name):
        self.name = name
    def join(self, who):
        self.members.append(who)
a = Team("a")
b = Team("b")
a.join("ann")
b.join("bob")
print(Team.members, a.members is b.members)
b.members = ["own"]
print(a.members, b.members, Team.members is a.members)
print(sys.getrefcount(Team.members), "members" in b.__dict__, "members" in a.__dict__)

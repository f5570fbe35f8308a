// Reads dtc's DTS output into node paths and raw property values, so tests can compare trees structurally.
namespace Harness.Vmm.Tests.Boot;

internal sealed class DtsTree
{
    private readonly Dictionary<string, Dictionary<string, string>> _nodes = new(StringComparer.Ordinal);

    public IEnumerable<string> Paths => _nodes.Keys;

    public IReadOnlyDictionary<string, string> this[string path] => _nodes[path];

    public bool Has(string path) => _nodes.ContainsKey(path);

    public string Prop(string path, string name)
    {
        _nodes.Should().ContainKey(path);
        _nodes[path].Should().ContainKey(name, $"node {path} should have property {name}");
        return _nodes[path][name];
    }

    /// <summary>Parses dtc -O dts output: one node header, property or closing brace per line.</summary>
    public static DtsTree Parse(string dts)
    {
        var tree = new DtsTree();
        var stack = new Stack<string>();
        foreach (string raw in dts.Split('\n'))
        {
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith("/dts-v1/", StringComparison.Ordinal) || line.StartsWith("/memreserve/", StringComparison.Ordinal))
            {
                continue;
            }

            if (line.EndsWith('{'))
            {
                string name = line[..^1].Trim();
                int colon = name.IndexOf(": ", StringComparison.Ordinal);
                if (colon >= 0)
                {
                    name = name[(colon + 2)..];
                }

                string path = stack.Count == 0 ? "/" : (stack.Peek() == "/" ? "/" : stack.Peek() + "/") + name;
                stack.Push(path);
                tree._nodes[path] = new Dictionary<string, string>(StringComparer.Ordinal);
            }
            else if (line == "};")
            {
                stack.Pop();
            }
            else
            {
                line = line.TrimEnd(';');
                int eq = line.IndexOf(" = ", StringComparison.Ordinal);
                string name = eq < 0 ? line : line[..eq];
                string value = eq < 0 ? "" : line[(eq + 3)..];
                tree._nodes[stack.Peek()][name] = value;
            }
        }

        stack.Should().BeEmpty("dtc output is balanced");
        return tree;
    }
}

#pragma once

#include <QtGlobal>

#include <yaml-cpp/yaml.h>

namespace Json {

// How many YAML nodes a file of a given size may expand to, every alias expanded: a few hundred
// bytes of nested anchors ("billion laughs") would otherwise expand to billions of values. A
// document without aliases has fewer nodes than bytes; aliases may reuse a node a few times.
// One budget serves every document of a file: each admitted node spends from it.
class YamlNodeBudget
{
public:
    explicit YamlNodeBudget(qsizetype fileBytes);

    // False when `node` does not fit in what is left, or is deeper than 256 levels (an alias
    // inside its own anchor makes a cycle, endless depth).
    bool admits(const YAML::Node &node);

private:
    bool admits(const YAML::Node &node, int depth);

    qint64 m_left;
};

} // namespace Json

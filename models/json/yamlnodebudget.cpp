#include "models/json/yamlnodebudget.h"

namespace Json {

YamlNodeBudget::YamlNodeBudget(qsizetype fileBytes)
    : m_left(100000 + 10 * qint64(fileBytes))
{
}

bool YamlNodeBudget::admits(const YAML::Node &node)
{
    return admits(node, 0);
}

bool YamlNodeBudget::admits(const YAML::Node &node, int depth)
{
    if (--m_left < 0 || depth > 256)
        return false;
    if (node.IsMap()) {
        for (const auto &pair : node) {
            if (!admits(pair.first, depth + 1) || !admits(pair.second, depth + 1))
                return false;
        }
    } else if (node.IsSequence()) {
        for (const auto &item : node) {
            if (!admits(item, depth + 1))
                return false;
        }
    }
    return true;
}

} // namespace Json

#pragma once

#include <QJsonObject>

namespace Sim {

// A metav1.LabelSelector as an object holds it (a PodDisruptionBudget's spec.selector):
// matchLabels and matchExpressions (In, NotIn, Exists, DoesNotExist), ANDed, as apimachinery
// LabelSelectorAsSelector reads it. An empty selector matches everything.
bool labelSelectorMatches(const QJsonObject &selector, const QJsonObject &labels);

} // namespace Sim

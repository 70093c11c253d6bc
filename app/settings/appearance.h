#pragma once

/// Light or dark colours, or the system's; kept in the settings (Ver →
/// Apariencia) and applied to the whole application.
namespace Appearance {

enum class Choice { System, Light, Dark };

Choice saved();
/// Keeps choice in the settings and applies it.
void save(Choice choice);
void apply(Choice choice);

} // namespace Appearance

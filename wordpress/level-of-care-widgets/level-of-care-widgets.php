<?php
/**
 * Plugin Name:       Level of Care Widgets
 * Description:       A private self-screen, a comparison of care levels and a program checklist for treatment-center sites, as blocks and shortcodes any Author can place.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            level-of-care-widgets contributors
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       level-of-care-widgets
 *
 * @package LevelOfCareWidgets
 */

defined( 'ABSPATH' ) || exit;

define( 'LOCW_VERSION', '0.1.0' );
define( 'LOCW_FILE', __FILE__ );
define( 'LOCW_DIR', __DIR__ );

require_once __DIR__ . '/includes/widgets.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/blocks.php';
require_once __DIR__ . '/includes/shortcodes.php';
require_once __DIR__ . '/includes/kses.php';

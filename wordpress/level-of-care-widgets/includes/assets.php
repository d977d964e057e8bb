<?php
/**
 * The widgets' script, from the plugin's own copy of dist/cdn (no other site is contacted), loaded once on
 * each page that shows a widget: a script module on WordPress 6.5 and later, the classic script before.
 *
 * @package LevelOfCareWidgets
 */

defined( 'ABSPATH' ) || exit;

const LOCW_TAG_PATTERN = '/<(?:loc-screener|iop-compare|program-checklist)[\s>\/]/i';

/** Whether script modules (WordPress 6.5+) are there. */
function locw_uses_modules() {
	/**
	 * Filters whether the widgets load as a script module (WordPress 6.5+) or the classic script.
	 *
	 * @param bool $modules True when wp_register_script_module() exists.
	 */
	return (bool) apply_filters( 'locw_use_script_modules', function_exists( 'wp_register_script_module' ) );
}

/** Register the widget script and the editor script. */
function locw_register_assets() {
	$base = plugins_url( 'assets/cdn/', LOCW_FILE );
	if ( locw_uses_modules() ) {
		// One module with Lit shared by the three widgets; Spanish loads from the chunks beside it when needed.
		wp_register_script_module( 'level-of-care-widgets', $base . 'level-of-care-widgets.js', array(), LOCW_VERSION );
	}
	// The classic script (Spanish inside): used before 6.5, and in the block editor's preview.
	wp_register_script( 'level-of-care-widgets-classic', $base . 'level-of-care-widgets.classic.js', array(), LOCW_VERSION, true );

	wp_register_script(
		'level-of-care-widgets-editor',
		plugins_url( 'editor/editor.js', LOCW_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-server-side-render', 'wp-i18n', 'level-of-care-widgets-classic' ),
		LOCW_VERSION,
		true
	);
	wp_add_inline_script( 'level-of-care-widgets-editor', 'window.locwWidgets = ' . wp_json_encode( locw_widgets(), JSON_HEX_TAG | JSON_HEX_AMP ) . ';', 'before' );
}
add_action( 'init', 'locw_register_assets', 5 );

/** Load the widgets on this page (once, however many widgets there are). */
function locw_enqueue() {
	if ( is_admin() ) {
		return;
	}
	if ( locw_uses_modules() ) {
		wp_enqueue_script_module( 'level-of-care-widgets' );
	} else {
		wp_enqueue_script( 'level-of-care-widgets-classic' );
	}
}

/**
 * Elements pasted as HTML (a Custom HTML block, the classic editor, a text widget) load the widgets too.
 *
 * @param string $content The content.
 * @return string The same content.
 */
function locw_enqueue_for_pasted( $content ) {
	if ( is_string( $content ) && preg_match( LOCW_TAG_PATTERN, $content ) ) {
		locw_enqueue();
	}
	return $content;
}
add_filter( 'the_content', 'locw_enqueue_for_pasted', 100 );
add_filter( 'widget_text', 'locw_enqueue_for_pasted', 100 );
add_filter( 'widget_block_content', 'locw_enqueue_for_pasted', 100 );

/** The editor canvas is an iframe on newer WordPress: the preview needs the widgets there too. */
function locw_editor_canvas_assets() {
	if ( is_admin() ) {
		wp_enqueue_script( 'level-of-care-widgets-classic' );
	}
}
add_action( 'enqueue_block_assets', 'locw_editor_canvas_assets' );

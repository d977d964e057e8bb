<?php
/**
 * Three server-rendered blocks. Each stores its settings in the shape of the widget's schema
 * ("settings"), the element's other attributes ("attrs") and colors ("colors"); the editor builds its
 * controls from the same schema (editor/editor.js).
 *
 * @package LevelOfCareWidgets
 */

defined( 'ABSPATH' ) || exit;

/** Register the blocks from their block.json files. */
function locw_register_blocks() {
	foreach ( array_keys( LOCW_TAGS ) as $tag ) {
		register_block_type(
			LOCW_DIR . '/blocks/' . $tag,
			array(
				'render_callback' => static function ( $attributes ) use ( $tag ) {
					$el = locw_render_element(
						$tag,
						isset( $attributes['settings'] ) ? $attributes['settings'] : array(),
						isset( $attributes['attrs'] ) ? $attributes['attrs'] : array(),
						isset( $attributes['colors'] ) ? $attributes['colors'] : array()
					);
					return '<div ' . get_block_wrapper_attributes() . '>' . $el . '</div>';
				},
			)
		);
	}
}
add_action( 'init', 'locw_register_blocks' );

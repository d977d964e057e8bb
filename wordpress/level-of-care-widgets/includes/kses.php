<?php
/**
 * Let an element pasted as HTML survive for every role. Without this, kses (the filter on the HTML of
 * users without unfiltered_html: Authors, Contributors, site admins on multisite, everyone with
 * DISALLOW_UNFILTERED_HTML) removes the three elements, and TinyMCE (the classic editor's Visual tab)
 * removes them for everyone. <script> stays forbidden: every setting has an attribute, or use the block.
 *
 * @package LevelOfCareWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The attributes kses keeps on each element: every attribute it documents, plus a few global ones.
 *
 * @param string $tag The element name.
 * @return array<string, bool>
 */
function locw_kses_attributes( $tag ) {
	$allowed = array(
		'class'  => true,
		'id'     => true,
		'lang'   => true,
		'dir'    => true,
		'hidden' => true,
		'title'  => true,
	);
	foreach ( array_keys( locw_element_attributes( $tag ) ) as $name ) {
		$allowed[ $name ] = true;
	}
	return $allowed;
}

/**
 * Add the elements to the "post" context (post content, comments are unaffected).
 *
 * @param array  $tags    Allowed tags.
 * @param string $context The kses context.
 * @return array
 */
function locw_kses_allowed_html( $tags, $context ) {
	if ( 'post' === $context && is_array( $tags ) ) {
		foreach ( array_keys( LOCW_TAGS ) as $tag ) {
			$tags[ $tag ] = locw_kses_attributes( $tag );
		}
	}
	return $tags;
}
add_filter( 'wp_kses_allowed_html', 'locw_kses_allowed_html', 10, 2 );

/**
 * Links in attributes get kses's protocol check too (javascript: is removed before the widget sees it).
 *
 * @param string[] $attributes Attribute names that hold addresses.
 * @return string[]
 */
function locw_kses_uri_attributes( $attributes ) {
	foreach ( array_keys( LOCW_TAGS ) as $tag ) {
		foreach ( array_keys( locw_element_attributes( $tag ) ) as $name ) {
			if ( '-href' === substr( $name, -5 ) || 'config-src' === $name ) {
				$attributes[] = $name;
			}
		}
	}
	return array_values( array_unique( $attributes ) );
}
add_filter( 'wp_kses_uri_attributes', 'locw_kses_uri_attributes' );

/**
 * The classic editor's Visual tab keeps the elements and their attributes.
 *
 * @param array $init TinyMCE settings.
 * @return array
 */
function locw_tinymce_elements( $init ) {
	$names = array_keys( LOCW_TAGS );
	$valid = array();
	foreach ( $names as $tag ) {
		$valid[] = $tag . '[' . implode( '|', array_keys( locw_kses_attributes( $tag ) ) ) . ']';
	}
	$init['extended_valid_elements'] = trim( ( isset( $init['extended_valid_elements'] ) ? $init['extended_valid_elements'] . ',' : '' ) . implode( ',', $valid ), ',' );
	// Inline ("~"): WordPress wraps unknown elements in <p> before TinyMCE sees them, where a block would be unwrapped.
	$init['custom_elements'] = trim( ( isset( $init['custom_elements'] ) ? $init['custom_elements'] . ',' : '' ) . '~' . implode( ',~', $names ), ',' );
	// Never "empty": TinyMCE drops empty inline elements, and the widgets have no children. The list starts with
	// TinyMCE's own default, which a value here replaces.
	$init['non_empty_elements'] = ( isset( $init['non_empty_elements'] ) ? $init['non_empty_elements'] : 'td,th,iframe,video,audio,object,script,pre,code' ) . ',' . implode( ',', $names );
	return $init;
}
add_filter( 'tiny_mce_before_init', 'locw_tinymce_elements' );

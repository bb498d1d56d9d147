<?php
/**
 * Plugin Name: Clinic Chat
 */
define( 'CLINIC_CHAT_MAIAGENT_API_KEY', '{{key:maiagent}}' );

add_action( 'wp_enqueue_scripts', function () {
	wp_enqueue_script( 'clinic-chat', plugins_url( 'assets/js/chat-widget.js', __FILE__ ), array( 'jquery' ), '1.2.0', true );
} );

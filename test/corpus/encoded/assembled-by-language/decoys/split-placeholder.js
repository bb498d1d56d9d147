// MaiAgent widget
var MAIAGENT_API_KEY = "your-api-"+"key-here";
var greeting = "hello_"+"world_"+"from_the_widget";

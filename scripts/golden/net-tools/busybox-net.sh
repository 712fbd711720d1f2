# Objects are named nt-… (the golden recorder removes every g-… object of the engine when it starts).
# The busybox network tools as a student meets them in containers (ping, ip, ifconfig, netstat,
# nslookup, wget) on a user-defined bridge, on --network none and on an --internal network.
docker network create --subnet 172.30.0.0/16 nt-nt >/dev/null
docker run -d --name nt-web --network nt-nt --network-alias www busybox httpd -f -p 80 >/dev/null
docker run --rm --network nt-nt busybox ping -c 2 nt-web
docker run --rm --network nt-nt busybox ping -c 1 -q www
docker run --rm --network nt-nt busybox ping -c 1 -W 1 nothere
docker run --rm --network nt-nt busybox ping -c 2 -W 1 172.30.0.77
docker run --rm --network nt-nt busybox ping -c 1 -w 1 172.30.0.1
docker run --rm --network nt-nt busybox ping
docker run --rm --network nt-nt busybox ping -w 2 nt-web
docker run --rm --network nt-nt busybox ping -c 1 127.0.0.1
docker run --rm --network nt-nt busybox ping -z nt-web
docker run --rm --network nt-nt busybox ip foo
docker run --rm --network nt-nt busybox ifconfig eth7
docker run --rm --network nt-nt busybox nslookup nt-web.
docker run --rm --network nt-nt busybox ip addr
docker run --rm --network nt-nt busybox ip -o link
docker run --rm --network nt-nt busybox ip route
docker run --rm --network nt-nt busybox ip -4 addr show eth0
docker run --rm --network nt-nt busybox ip -o addr
docker run --rm --network nt-nt busybox ip addr show eth9
docker run --rm --network nt-nt busybox ip link show lo
docker run --rm --network nt-nt busybox ifconfig
docker run --rm --network nt-nt busybox ifconfig eth0
docker run --rm --network none busybox ip addr
docker run --rm --network none busybox ip route
docker run --rm --network none busybox ifconfig
docker run --rm --network none busybox ping -c 1 -W 1 172.30.0.2
docker exec nt-web netstat -tln
docker exec nt-web netstat -tlnp
docker run --rm --network nt-nt busybox nslookup nt-web
docker run --rm --network nt-nt busybox nslookup nothere
docker run --rm --network nt-nt busybox wget -q -O- http://nt-web/nope
docker network create --internal --subnet 172.31.0.0/16 nt-nti >/dev/null
docker run -d --name nt-iweb --network nt-nti -p 8089:80 busybox httpd -f -p 80 >/dev/null
docker port nt-iweb
docker ps --filter name=nt-iweb --format '{{.Names}} [{{.Ports}}]'
curl -s localhost:8089
docker run --rm --network nt-nti busybox ip route
docker run --rm --network nt-nti busybox ping -c 1 -W 1 172.30.0.2
docker run --rm --network nt-nti busybox ping -c 1 -W 1 nt-iweb
docker run --rm --network nt-nti busybox ping -c 1 -W 1 172.31.0.1
docker run --rm --network nt-nti busybox wget -q -O- http://172.30.0.2/
docker run --rm --network nt-nti busybox nslookup nt-iweb
docker run --rm --network nt-nti busybox nslookup nothere
docker run --rm --network nt-nt busybox wget -q -O- http://172.31.0.2/
docker rm -f nt-web nt-iweb >/dev/null
docker network rm nt-nt nt-nti >/dev/null
